using PlanPress.Model.Diagnostics;
using PlanPress.Model.Glossary;

namespace PlanPress.Model.Tests.Glossary;

public sealed class GlossaryResolverTests
{
    private static TermRow Row(string term, string definition) =>
        new(new SourceCell(term, new SourceLocation("plan.xlsx", "Glossary", "A2")), new SourceCell(definition, new SourceLocation("plan.xlsx", "Glossary", "B2")));

    [Fact]
    public void An_abbreviation_shows_its_expansion_and_is_marked_in_text_while_a_plain_word_is_not()
    {
        var entries = GlossaryResolver.Resolve(
            [Row("CBAM", "Concerns-Based Adoption Model: a way to see adoption."), Row("MoM", "Mentoring of Mentors, provided by the trainer."), Row("Mentor", "An experienced adult.")],
            []);

        Assert.Equal(["CBAM", "Mentor", "MoM"], entries.Select(e => e.Term));
        Assert.Equal("Concerns-Based Adoption Model", entries[0].Title);
        Assert.Equal("Mentoring of Mentors", entries[2].Title);
        Assert.Equal([true, false, true], entries.Select(e => e.IsMarkedInText));
    }

    [Fact]
    public void A_term_defined_twice_keeps_its_first_definition()
    {
        var diagnostics = new List<Diagnostic>();

        var entry = Assert.Single(GlossaryResolver.Resolve([Row("PLC", "Professional learning community"), Row("plc", "Something else")], diagnostics));

        Assert.Equal("Professional learning community", entry.Definition);
        Assert.Equal(Severity.Info, Assert.Single(diagnostics).Severity);
    }
}

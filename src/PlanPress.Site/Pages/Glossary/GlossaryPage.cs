namespace PlanPress.Site.Pages;

/// <summary>A glossary entry as shown, with the anchor terms link to.</summary>
public sealed record GlossaryItem(string Slug, string Term, string Definition);

/// <summary>Every defined term: the Glossary sheet, action plan key terms and improvement plan footnotes.</summary>
public sealed class GlossaryPage : PageModel
{
    public override string Template => "Glossary.cshtml";

    public required IReadOnlyList<GlossaryItem> Entries { get; init; }
}

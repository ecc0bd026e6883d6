using PlanPress.Model;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Tests.Roles;

public sealed class RoleResolverTests
{
    private static readonly SourceLocation Here = new("calendar.xlsx", "Roles", "A2");

    private static RoleRow Row(string name, string aliases = "") =>
        new(new SourceCell(name, Here), new SourceCell(aliases, Here), SourceCell.Blank(Here), SourceCell.Blank(Here));

    private static readonly IReadOnlyList<Role> Roles = RoleResolver.ReadRoles(
    [
        Row("Program Coordinator", "Coordinator, Mentor Program Director"),
        Row("Mentor", "Mentors/Tutors, Tutor"),
        Row("Protégé", "Protege, Mentee, Learner"),
    ]).Roles;

    private static readonly RoleResolver Resolver = new(Roles);

    [Theory]
    [InlineData("Protégé")]
    [InlineData("Protege")]
    [InlineData("Mentee")]
    [InlineData("proteges")]
    [InlineData("All Proteges")]
    [InlineData("Learners")]
    [InlineData("PROTÉGÉS")]
    public void Aliases_accents_case_plurals_and_filler_words_land_on_one_role(string who)
    {
        var reading = Resolver.Resolve(who);

        Assert.Equal("Protégé", Assert.Single(reading.Roles).Name);
        Assert.Empty(reading.Unknown);
    }

    [Theory]
    [InlineData("All Proteges & their Mentors")]
    [InlineData("Mentors and Mentees")]
    [InlineData("Mentor / Protégé")]
    [InlineData("Mentor, Learner")]
    public void Several_roles_in_one_cell_are_each_resolved(string who)
    {
        var reading = Resolver.Resolve(who);

        Assert.Equal(["Mentor", "Protégé"], reading.Roles.Select(r => r.Name).Order());
        Assert.Empty(reading.Unknown);
    }

    [Fact]
    public void An_alias_with_a_separator_in_it_is_matched_whole()
    {
        Assert.Equal("Mentor", Assert.Single(Resolver.Resolve("Mentors/Tutors").Roles).Name);
    }

    [Fact]
    public void Unknown_names_are_returned_with_the_closest_known_role_as_suggestion()
    {
        var reading = Resolver.Resolve("Mentr & Coordinator");

        Assert.Equal("Program Coordinator", Assert.Single(reading.Roles).Name);
        Assert.Equal("Mentr", Assert.Single(reading.Unknown));
        Assert.Equal("Mentor", Resolver.Suggest("Mentr"));
    }

    [Fact]
    public void Nothing_is_suggested_for_a_name_unlike_any_role()
    {
        Assert.Null(Resolver.Suggest("Superintendent"));
    }

    [Fact]
    public void A_name_or_alias_used_by_two_roles_is_an_error_at_the_second()
    {
        var second = new SourceLocation("calendar.xlsx", "Roles", "A4");
        var (roles, diagnostics) = RoleResolver.ReadRoles(
        [
            Row("Mentor", "Tutor"),
            new RoleRow(new SourceCell("Tutor", second), SourceCell.Blank(second), SourceCell.Blank(second), SourceCell.Blank(second)),
        ]);

        Assert.Single(roles);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(second, error.Location);
        Assert.Contains("\"Tutor\"", error.Message, StringComparison.Ordinal);
    }
}

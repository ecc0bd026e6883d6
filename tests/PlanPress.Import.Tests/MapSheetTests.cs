using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pairs;

namespace PlanPress.Import.Tests;

/// <summary>
/// The pairs' Mentoring Action Plans (seed 003): one sheet per pair or one table with a Pair
/// column, read into each pair's entries and the months of their booklet they fall in.
/// </summary>
public sealed class MapSheetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public MapSheetTests() => _folder.Write("content/site.yml", "title: Plan\nprogram_start: September 2024\n");

    public void Dispose() => _folder.Dispose();

    private static readonly object?[][] Calendar =
        [["Month", "Task", "Who"], .. Enumerable.Range(0, 12).Select(i => new object?[] { new DateTime(2024, 9, 1).AddMonths(i).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), "Meet", "Mentor" })];

    private (Plan Plan, IReadOnlyList<Diagnostic> Diagnostics) Resolve()
    {
        new XlsxBuilder().Sheet("Calendar", Calendar).Save(_folder["content/calendar.xlsx"]);
        var imported = ContentFolder.Read(_folder["content"]);
        var resolved = PlanResolver.Resolve(imported.Source!);
        return (resolved.Plan, [.. imported.Diagnostics, .. resolved.Diagnostics]);
    }

    private static string Entries(Pair pair) =>
        string.Join(" | ", pair.Map.Select(e => $"{e.Part}: {e.Text}" + (e.Months.Count > 0 ? $" [{string.Join(" ", e.Months)}]" : string.Empty)));

    [Fact]
    public void One_table_with_a_pair_column_saved_by_LibreOffice_gives_each_pair_its_own_entries()
    {
        File.Copy(Repository.Fixture("map-pair-column.xlsx"), _folder["content/pairs.xlsx"]);

        var (plan, diagnostics) = Resolve();

        Assert.DoesNotContain(diagnostics, d => d.Severity != Severity.Info);
        var ana = plan.Pairs.Single(p => p.Mentor == "Ana Ruiz");
        // The pair written once over its rows; the hidden row and the private column are never read.
        Assert.Equal(
            "ShortTermGoal: Plan a lesson with a clear exit ticket | ActionStep: Observe Ana teach twice [2024-10]"
            + " | CheckIn: Coffee and a review [2024-10 2024-12 2025-02 2025-04 2025-06 2025-08] | SuccessIndicator: Ben teaches a lesson on his own",
            Entries(ana));
        var dev = plan.Pairs.Single(p => p.Protege == "Dev Patel");
        // Their booklet runs from their own start, January 2025: "quarterly" is counted from there.
        Assert.Equal("Milestone: First unit planned [2025-02] | CheckIn: Review [2025-03 2025-06 2025-09 2025-12]", Entries(dev));
        Assert.DoesNotContain(plan.Pairs.SelectMany(p => p.Map), e => e.Text.Contains("Hidden", StringComparison.Ordinal) || e.Text.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void The_samples_plans_one_sheet_per_pair_in_the_templates_own_headings()
    {
        var imported = ContentFolder.Read(Repository.Content);
        var resolved = PlanResolver.Resolve(imported.Source!);

        Assert.DoesNotContain(resolved.Diagnostics, d => d.Severity != Severity.Info);
        var priya = resolved.Plan.Pairs.Single(p => p.Mentor == "Priya Raman");
        Assert.Equal(19, priya.Map.Count);
        var review = Assert.Single(priya.Map, e => e.When == "October and March");
        Assert.Equal(MapPart.CheckIn, review.Part);
        Assert.Equal([new YearMonth(2024, 3), new YearMonth(2024, 10)], review.Months);
        // "month 1" of a pair that starts in January 2024 is January 2024, not the program's October 2023.
        Assert.Equal([new YearMonth(2024, 1)], priya.Map.Single(e => e.Text.StartsWith("Tour the school", StringComparison.Ordinal)).Months);
        Assert.Equal(3, priya.Map.Count(e => e.Part == MapPart.ActionStep));
        var dana = resolved.Plan.Pairs.Single(p => p.Mentor == "Dana Whitfield");
        Assert.Equal([new YearMonth(2023, 12), new YearMonth(2024, 3), new YearMonth(2024, 6), new YearMonth(2024, 9)], dana.Map.Single(e => e.When == "each quarter").Months);
    }

    private void Pairs() =>
        new XlsxBuilder().Sheet("Pairs", ["Mentor", "Protégé", "Start Month"], ["Ana Ruiz", "Ben Lee", "September 2024"], ["Carla Diaz", "Dev Patel", "January 2025"]).Save(_folder["content/pairs.xlsx"]);

    [Fact]
    public void A_section_that_is_none_is_one_error_at_its_cell_with_a_suggestion_however_many_rows_it_heads()
    {
        Pairs();
        new XlsxBuilder().Sheet("MAP", ["Pair", "Section", "Item", "When"], ["Ana Ruiz", "Milstones", "First unit", "month 2"], [null, null, "Second unit", "month 4"])
            .Save(_folder["content/map.xlsx"]);

        var (_, diagnostics) = Resolve();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("B2", error.Location.Cell);
        Assert.Equal("\"Milstones\" is not a section of the Mentoring Action Plan.", error.Message);
        Assert.Equal("Milestone", error.Suggestion);
    }

    [Fact]
    public void A_pair_not_on_the_pairs_sheet_is_one_error_naming_the_pairs_there()
    {
        Pairs();
        new XlsxBuilder().Sheet("MAP", ["Pair", "Section", "Item"], ["Ana Ruis", "Goal", "Plan ahead"], [null, "Action step", "Observe"], ["Carla Diaz", "Goal", "Lead a team"])
            .Save(_folder["content/map.xlsx"]);

        var (plan, diagnostics) = Resolve();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("A2", error.Location.Cell);
        Assert.Equal("No pair on the Pairs sheet is named \"Ana Ruis\".", error.Message);
        Assert.Contains("Ana Ruiz & Ben Lee; Carla Diaz & Dev Patel", error.Expected, StringComparison.Ordinal);
        Assert.Equal("Ana Ruiz", error.Suggestion);
        Assert.Single(plan.Pairs.Single(p => p.Mentor == "Carla Diaz").Map);
    }

    [Fact]
    public void A_sheet_per_pair_without_the_pairs_names_says_whose_it_should_name()
    {
        Pairs();
        new XlsxBuilder().Sheet("MAP", ["Mentoring Action Plan"], [], ["Section", "Item", "When"], ["Goal", "Plan ahead", null])
            .Save(_folder["content/map.xlsx"]);

        var (_, diagnostics) = Resolve();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("A3", error.Location.Cell);
        Assert.Equal("This Mentoring Action Plan does not say whose it is.", error.Message);
    }

    [Fact]
    public void A_plan_with_no_pairs_sheet_is_an_error_not_dropped()
    {
        new XlsxBuilder().Sheet("MAP", ["Mentor", "Ana Ruiz", "Protégé", "Ben Lee"], ["Section", "Item"], ["Goal", "Plan ahead"])
            .Save(_folder["content/map.xlsx"]);

        var (_, diagnostics) = Resolve();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("B1", error.Location.Cell);
        Assert.Contains("there is no Pairs sheet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_that_names_no_month_or_falls_outside_the_booklet_is_a_warning_and_the_entry_is_kept()
    {
        Pairs();
        new XlsxBuilder().Sheet("MAP", ["Mentor", "Carla Diaz", "Protégé", "Dev Patel"], ["Section", "Item", "When"], ["Milestone", "First unit", "when ready"], [null, "Too early", "October 2024"])
            .Save(_folder["content/map.xlsx"]);

        var (plan, diagnostics) = Resolve();

        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("C3", warnings[0].Location.Cell);
        Assert.Contains("could not be placed on a month of Carla Diaz & Dev Patel's booklet", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal("C4", warnings[1].Location.Cell);
        Assert.Contains("falls in October 2024, outside Carla Diaz & Dev Patel's booklet (January 2025 to December 2025)", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, plan.Pairs.Single(p => p.Mentor == "Carla Diaz").Map.Count);
    }
}

using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.Tests.ActionPlans;

public sealed class InitiativeResolverTests
{
    private static readonly SiteSettings Settings = new("Plan", "District", "2023–2024", new YearMonth(2023, 10), "en", string.Empty);
    private static readonly DateOnly AsOf = new(2024, 3, 15);

    private static SourceCell Cell(string text, string cell) => new(text, new SourceLocation("plan.xlsx", "Reading", cell));

    private static BenchmarkRow Process(int row, string text, string who, string date, string status) =>
        new(BenchmarkKind.Process, Cell(text, $"A{row}"), Cell(who, $"B{row}"), Cell(date, $"C{row}"), Cell(status, $"D{row}"));

    private static BenchmarkRow Early(int row, string text, string who, string date, string status) =>
        Process(row, text, who, date, status) with { Kind = BenchmarkKind.EarlyEvidence };

    private static InitiativeSource Initiative(string name, params BenchmarkRow[] benchmarks) =>
        new(Cell("District Action Plan", "A1"), Cell("Improve literacy", "B4"), Cell(name, "B6"), Cell("", "A10"), [], benchmarks, []);

    private static readonly RoleResolver Who = new(RoleResolver.ReadRoles(
    [
        new RoleRow(Cell("Principal", "A2"), Cell("Building principal", "B2"), Cell("", "C2"), Cell("S. Harris", "D2")),
        new RoleRow(Cell("ELA Coach", "A3"), Cell("District ELA coaches", "B3"), Cell("", "C3"), Cell("", "D3")),
    ]).Roles);

    private static (IReadOnlyList<Initiative> Initiatives, List<Diagnostic> Diagnostics) Resolve(params InitiativeSource[] sources)
    {
        var diagnostics = new List<Diagnostic>();
        return (InitiativeResolver.Resolve(sources, Who, Settings, diagnostics), diagnostics);
    }

    [Fact]
    public void The_seed_example_resolves_to_a_person_a_day_and_met()
    {
        var (initiatives, diagnostics) = Resolve(Initiative("Reading strategies", Process(22, "Identify common district-wide reading strategies", "M. Edwards", "3/4/19", "Met")));

        Assert.Empty(diagnostics);
        var benchmark = Assert.Single(Assert.Single(initiatives).Benchmarks);
        Assert.Equal("M. Edwards", Assert.Single(benchmark.Responsible.People).Name);
        Assert.Empty(benchmark.Responsible.Roles);
        Assert.Equal(new DateOnly(2019, 3, 4), benchmark.Due);
        Assert.Equal(Status.Met, benchmark.Status);
        Assert.False(benchmark.IsOverdue(AsOf));
    }

    [Fact]
    public void Several_responsible_in_one_cell_resolve_to_roles_and_listed_people()
    {
        var (initiatives, _) = Resolve(Initiative("Reading", Process(23, "Train grade 3", "Principal and ELA coaches", "Oct 2023", ""), Process(24, "Observe", "S. Harris", "Nov 2023", "")));

        var benchmarks = initiatives[0].Benchmarks;
        Assert.Equal(["Principal", "ELA Coach"], benchmarks[0].Responsible.Roles.Select(r => r.Name));
        var harris = Assert.Single(benchmarks[1].Responsible.People);
        Assert.Equal("Principal", Assert.Single(harris.Roles).Name);
    }

    [Theory]
    [InlineData("", Status.NotStarted)]
    [InlineData("Done", Status.Met)]
    [InlineData("Complete", Status.Met)]
    [InlineData("completed", Status.Met)]
    [InlineData("On track", Status.InProgress)]
    [InlineData("Ongoing", Status.InProgress)]
    [InlineData("Partially met", Status.InProgress)]
    [InlineData("NOT MET", Status.NotMet)]
    [InlineData("Not started", Status.NotStarted)]
    public void Statuses_are_read_into_one_vocabulary(string text, Status status)
    {
        Assert.Equal(status, StatusText.Read(text));
    }

    [Fact]
    public void An_unreadable_date_is_a_warning_and_the_benchmark_is_kept_with_its_date_not_set()
    {
        var (initiatives, diagnostics) = Resolve(Initiative("Reading", Process(25, "Train", "Principal", "sometime in spring", "")));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "C25"), (warning.Severity, warning.Location.Cell));
        var benchmark = Assert.Single(initiatives[0].Benchmarks);
        Assert.Null(benchmark.Due);
        Assert.Equal("sometime in spring", benchmark.DateText);
        Assert.False(benchmark.IsOverdue(AsOf));
    }

    [Fact]
    public void An_unknown_status_is_a_warning_with_a_suggestion_and_counts_as_not_started()
    {
        var (initiatives, diagnostics) = Resolve(Initiative("Reading", Process(26, "Train", "Principal", "Oct 2023", "Compleet")));

        var warning = Assert.Single(diagnostics);
        Assert.Equal("D26", warning.Location.Cell);
        Assert.Equal("Complete", warning.Suggestion);
        Assert.Equal(Status.NotStarted, initiatives[0].Benchmarks[0].Status);
    }

    [Fact]
    public void An_unknown_person_responsible_is_a_warning_with_the_closest_role()
    {
        var (_, diagnostics) = Resolve(Initiative("Reading", Process(27, "Train", "Principl", "Oct 2023", "")));

        var warning = Assert.Single(diagnostics);
        Assert.Equal("B27", warning.Location.Cell);
        Assert.Equal("Principal", warning.Suggestion);
    }

    [Fact]
    public void Two_sheets_with_the_same_initiative_are_an_error_at_the_second()
    {
        var second = Initiative("Reading Strategies") with { Name = new SourceCell("reading strategies", new SourceLocation("plan.xlsx", "Copy", "B6")) };

        var (initiatives, diagnostics) = Resolve(Initiative("Reading Strategies"), second);

        Assert.Single(initiatives);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, "Copy"), (error.Severity, error.Location.Sheet));
        Assert.Contains("plan.xlsx [Reading] B6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_is_due_before_the_as_of_date_and_not_met_and_roll_ups_count_each_kind_apart()
    {
        var (initiatives, _) = Resolve(Initiative(
            "Reading",
            Process(2, "Met late", "Principal", "Jan 2024", "Met"),
            Process(3, "Late", "Principal", "Feb 2024", "In progress"),
            Process(4, "Due on the as-of day", "Principal", "3/15/2024", ""),
            Process(5, "Later", "Principal", "Apr 2024", ""),
            Early(6, "Missed", "Principal", "Dec 2023", "Not met")));

        var initiative = initiatives[0];
        Assert.Equal(["Late", "Missed"], initiative.Benchmarks.Where(b => b.IsOverdue(AsOf)).Select(b => b.Text));
        Assert.Equal(new Progress(NotStarted: 2, InProgress: 1, Met: 1, NotMet: 0, Overdue: 1), Progress.Of(initiative.Process, AsOf));
        Assert.Equal(new Progress(NotStarted: 0, InProgress: 0, Met: 0, NotMet: 1, Overdue: 1), Progress.Of(initiative.EarlyEvidence, AsOf));
    }
}

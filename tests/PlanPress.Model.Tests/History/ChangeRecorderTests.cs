using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.History;

namespace PlanPress.Model.Tests.History;

public sealed class ChangeRecorderTests
{
    private static readonly DateOnly March = new(2024, 3, 15);
    private static readonly DateOnly April = new(2024, 4, 2);
    private static readonly HistoryGroup Mentoring = new(GroupKind.Initiative, "mentoring");

    private static TrackedItem Benchmark(string text, Status status, string id = "mentoring-p1", string who = "Coordinator") =>
        new(TrackedKind.Benchmark, Mentoring, TrackedItem.Digest(text), id, text, new ItemFacts(Status: status, Due: new DateOnly(2024, 3, 29), Who: who));

    private static TrackedItem Task(string text, string month, int number = 1) =>
        new(TrackedKind.Task, HistoryGroup.Of(YearMonth.FromKey(month)!.Value), TrackedItem.Digest(text), $"task-{month}-{number}", text, new ItemFacts(Month: YearMonth.FromKey(month), Who: "Mentor"));

    private static ChangeLog Start(params TrackedItem[] items) => ChangeRecorder.Record(null, items, March);

    private static string Title(ChangeLog log, Change change) => log.State.FirstOrDefault(i => i.Key == change.Key)?.Title ?? string.Empty;

    [Fact]
    public void A_first_build_starts_the_history_with_no_changes_and_an_unchanged_plan_leaves_it_as_it_was()
    {
        var start = Start(Benchmark("Survey sent", Status.InProgress));

        var again = ChangeRecorder.Record(start, [Benchmark("Survey sent", Status.InProgress)], April);

        Assert.Equal(March, start.Started);
        Assert.Empty(start.Changes);
        Assert.Equal(start.State, again.State);
        Assert.Empty(again.Changes);
    }

    [Fact]
    public void A_status_moved_is_one_change_with_its_old_and_new_status_and_its_day()
    {
        var history = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.InProgress)), [Benchmark("Survey sent", Status.Met)], April);

        var change = Assert.Single(history.Changes);
        Assert.Equal((April, ChangeWhat.Status, Status.InProgress, Status.Met, "Survey sent"), (change.Date, change.What, change.Old?.Status, change.New?.Status, Title(history, change)));
    }

    [Fact]
    public void Builds_on_one_day_are_one_days_change_and_a_status_moved_back_the_same_day_leaves_nothing()
    {
        var first = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.NotStarted)), [Benchmark("Survey sent", Status.InProgress)], April);
        var second = ChangeRecorder.Record(first, [Benchmark("Survey sent", Status.Met)], April);
        var back = ChangeRecorder.Record(second, [Benchmark("Survey sent", Status.NotStarted)], April);

        var change = Assert.Single(second.Changes);
        Assert.Equal((Status.NotStarted, Status.Met), (change.Old?.Status, change.New?.Status));
        Assert.Empty(back.Changes);
    }

    [Fact]
    public void A_task_moved_to_another_month_is_said_as_moved_and_a_new_task_as_added()
    {
        var history = ChangeRecorder.Record(
            Start(Task("Meet your mentor", "2024-03")),
            [Task("Meet your mentor", "2024-04"), Task("Plan the spring trip", "2024-04", 2)],
            April);

        Assert.Equal(
            [(ChangeWhat.Month, "2024-03", "2024-04", "Meet your mentor"), (ChangeWhat.Added, "", "", "Plan the spring trip")],
            history.Changes.Select(c => (c.What, c.Old?.Month?.ToString() ?? "", c.New?.Month?.ToString() ?? "", Title(history, c))));
    }

    [Fact]
    public void Words_taken_out_of_the_plan_are_not_kept_a_removed_item_has_none_and_a_reworded_one_not_its_old()
    {
        var history = ChangeRecorder.Record(
            Start(Benchmark("Call J. Smith's family", Status.NotStarted, "mentoring-p1"), Benchmark("Survey sent", Status.NotStarted, "mentoring-p2", who: "Ms. Jones")),
            [Benchmark("Call the family", Status.NotStarted, "mentoring-p1")],
            April);

        Assert.Equal([(ChangeWhat.Reworded, "Call the family"), (ChangeWhat.Removed, "")], history.Changes.Select(c => (c.What, Title(history, c))));
        var written = string.Join("\n", history.Changes);
        Assert.DoesNotContain("Smith", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Survey", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jones", written, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_sentence_added_to_a_task_is_the_task_reworded_and_its_earlier_changes_follow_it()
    {
        var start = Start(Task("Set SMART goals", "2024-03"), Task("Meet weekly", "2024-03", 2));
        var moved = ChangeRecorder.Record(start, [Task("Meet weekly", "2024-03", 1), Task("Set SMART goals", "2024-04")], April);

        var reworded = ChangeRecorder.Record(moved, [Task("Meet weekly", "2024-03", 1), Task("Set SMART goals. Call SECRET at home.", "2024-04")], April.AddDays(1));
        var back = ChangeRecorder.Record(reworded, [Task("Meet weekly", "2024-03", 1), Task("Set SMART goals", "2024-04")], April.AddDays(2));

        Assert.Equal(ChangeWhat.Reworded, reworded.Changes[0].What);
        Assert.Equal([ChangeWhat.Reworded, ChangeWhat.Reworded, ChangeWhat.Month], back.Changes.Select(c => c.What));
        Assert.All(back.Changes, c => Assert.Equal("Set SMART goals", Title(back, c)));
    }

    [Fact]
    public void A_name_in_who_is_not_kept_once_changed_the_change_says_who_changed_without_either_name()
    {
        var history = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.NotStarted, who: "Jane Doe")), [Benchmark("Survey sent", Status.NotStarted, who: "Coordinator")], April);

        var change = Assert.Single(history.Changes);
        Assert.Equal((ChangeWhat.Who, null, null), (change.What, change.Old, change.New));
        Assert.DoesNotContain(history.State, i => i.Facts.Who.Contains("Jane", StringComparison.Ordinal));
    }

    [Fact]
    public void Changes_older_than_24_months_are_let_go_newest_first()
    {
        var old = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.NotStarted)), [Benchmark("Survey sent", Status.InProgress)], April);
        var year = ChangeRecorder.Record(old, [Benchmark("Survey sent", Status.Met)], new DateOnly(2025, 9, 1));

        var later = ChangeRecorder.Record(year, [Benchmark("Survey sent", Status.Met)], new DateOnly(2026, 4, 3));

        Assert.Equal([new DateOnly(2025, 9, 1), April], year.Changes.Select(c => c.Date));
        Assert.Equal([new DateOnly(2025, 9, 1)], later.Changes.Select(c => c.Date));
    }

    [Fact]
    public void A_hundred_thousand_same_day_changes_merge_with_the_days_earlier_ones_in_linear_time()
    {
        var before = Enumerable.Range(0, 100_000).Select(i => Benchmark($"Benchmark {i}", Status.NotStarted, $"mentoring-p{i}")).ToArray();
        var during = before.Select(b => b with { Facts = b.Facts with { Status = Status.InProgress } }).ToList();
        var after = before.Select(b => b with { Facts = b.Facts with { Status = Status.Met } }).ToList();
        var first = ChangeRecorder.Record(Start(before), during, April);

        var second = ChangeRecorder.Record(first, after, April);

        Assert.Equal(100_000, second.Changes.Count);
        Assert.All(second.Changes, c => Assert.Equal((Status.NotStarted, Status.Met), (c.Old?.Status, c.New?.Status)));
    }

    [Fact]
    public void A_build_for_a_day_before_the_history_began_moves_its_start_back_so_its_changes_are_within_it()
    {
        var history = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.NotStarted)), [Benchmark("Survey sent", Status.Met)], March.AddDays(-10));

        Assert.Equal(March.AddDays(-10), history.Started);
        Assert.Null(HistoryCheck.Problem(history));
    }

    [Fact]
    public void An_initiative_renamed_takes_its_benchmarks_along_without_a_change_to_them_and_keeps_their_status_since()
    {
        var renamed = new HistoryGroup(GroupKind.Initiative, "mentoring-and-tutoring");
        var met = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.InProgress)), [Benchmark("Survey sent", Status.Met)], April);

        var history = ChangeRecorder.Record(met, [Benchmark("Survey sent", Status.Met) with { Group = renamed }], April.AddDays(1), new HashSet<HistoryGroup> { renamed });

        var change = Assert.Single(history.Changes);
        Assert.Equal((ChangeWhat.Status, renamed), (change.What, change.Group));
    }

    [Fact]
    public void The_last_benchmark_of_an_initiative_still_in_the_plan_removed_keeps_the_initiative_its_change_is_of()
    {
        var history = ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.NotStarted)), [], April, new HashSet<HistoryGroup> { Mentoring });

        var change = Assert.Single(history.Changes);
        Assert.Equal((ChangeWhat.Removed, Mentoring), (change.What, change.Group));
        Assert.Equal(new HistoryGroup(GroupKind.Initiative, string.Empty), ChangeRecorder.Record(Start(Benchmark("Survey sent", Status.NotStarted)), [], April).Changes[0].Group);
    }
}

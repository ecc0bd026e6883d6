using PlanPress.Model.History;

namespace PlanPress.Model.Tests.History;

public sealed class ChangeRecorderTests
{
    private static readonly DateOnly March = new(2024, 3, 15);
    private static readonly DateOnly April = new(2024, 4, 2);

    private static TrackedItem Benchmark(string text, string status, string id = "mentoring-p1") =>
        new($"benchmark:mentoring:{text.ToLowerInvariant()}", TrackedKind.Benchmark, text, "initiative:mentoring", "Mentoring", id, new Dictionary<string, string> { ["status"] = status, ["due"] = "2024-03-29", ["who"] = "Coordinator" });

    private static TrackedItem Task(string text, string month) =>
        new($"task:{month}:{text.ToLowerInvariant()}", TrackedKind.Task, text, "month:" + month, month, $"task-{month}-1", new Dictionary<string, string> { ["month"] = month, ["who"] = "Mentor" });

    private static ChangeLog Start(params TrackedItem[] items) => ChangeRecorder.Record(null, items, March);

    [Fact]
    public void A_first_build_starts_the_history_with_no_changes_and_an_unchanged_plan_leaves_it_as_it_was()
    {
        var start = Start(Benchmark("Survey sent", "InProgress"));

        var again = ChangeRecorder.Record(start, [Benchmark("Survey sent", "InProgress")], April);

        Assert.Equal(March, start.Started);
        Assert.Empty(start.Changes);
        Assert.Same(start, again);
    }

    [Fact]
    public void A_status_moved_is_one_change_with_its_old_and_new_status_and_its_day()
    {
        var history = ChangeRecorder.Record(Start(Benchmark("Survey sent", "InProgress")), [Benchmark("Survey sent", "Met")], April);

        var change = Assert.Single(history.Changes);
        Assert.Equal((April, "status", "InProgress", "Met", "Survey sent"), (change.Date, change.What, change.Old, change.New, change.Title));
    }

    [Fact]
    public void Builds_on_one_day_are_one_days_change_and_a_status_moved_back_the_same_day_leaves_nothing()
    {
        var first = ChangeRecorder.Record(Start(Benchmark("Survey sent", "NotStarted")), [Benchmark("Survey sent", "InProgress")], April);
        var second = ChangeRecorder.Record(first, [Benchmark("Survey sent", "Met")], April);
        var back = ChangeRecorder.Record(second, [Benchmark("Survey sent", "NotStarted")], April);

        var change = Assert.Single(second.Changes);
        Assert.Equal(("NotStarted", "Met"), (change.Old, change.New));
        Assert.Empty(back.Changes);
    }

    [Fact]
    public void A_task_moved_to_another_month_is_said_as_moved_and_a_new_task_as_added()
    {
        var history = ChangeRecorder.Record(
            Start(Task("Meet your mentor", "2024-03")),
            [Task("Meet your mentor", "2024-04"), Task("Plan the spring trip", "2024-04")],
            April);

        Assert.Equal(
            [("month", "2024-03", "2024-04", "Meet your mentor"), ("added", "", "", "Plan the spring trip")],
            history.Changes.Select(c => (c.What, c.Old, c.New, c.Title)));
    }

    [Fact]
    public void Words_taken_out_of_the_plan_are_not_kept_a_removed_item_has_none_and_a_reworded_one_not_its_old()
    {
        var history = ChangeRecorder.Record(
            Start(Benchmark("Call J. Smith's family", "NotStarted", "mentoring-p1"), Benchmark("Survey sent", "NotStarted", "mentoring-p2")),
            [Benchmark("Call the family", "NotStarted", "mentoring-p1")],
            April);

        Assert.Equal([("reworded", "Call the family"), ("removed", "")], history.Changes.Select(c => (c.What, c.Title)));
        Assert.DoesNotContain(history.Changes, c => c.Old.Contains("Smith", StringComparison.Ordinal) || c.Title.Contains("Smith", StringComparison.Ordinal));
    }

    [Fact]
    public void Changes_older_than_24_months_are_let_go_newest_first()
    {
        var old = ChangeRecorder.Record(Start(Benchmark("Survey sent", "NotStarted")), [Benchmark("Survey sent", "InProgress")], April);
        var year = ChangeRecorder.Record(old, [Benchmark("Survey sent", "Met")], new DateOnly(2025, 9, 1));

        var later = ChangeRecorder.Record(year, [Benchmark("Survey sent", "Met")], new DateOnly(2026, 4, 3));

        Assert.Equal([new DateOnly(2025, 9, 1), April], year.Changes.Select(c => c.Date));
        Assert.Equal([new DateOnly(2025, 9, 1)], later.Changes.Select(c => c.Date));
    }
}

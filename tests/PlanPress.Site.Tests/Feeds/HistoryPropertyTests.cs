using PlanPress.Model.ActionPlans;
using PlanPress.Model.Dates;
using PlanPress.Model.History;
using PlanPress.Site.Feeds;

namespace PlanPress.Site.Tests.Feeds;

/// <summary>
/// Random sequences of the edits a coordinator makes (rows inserted, deleted or hidden, items
/// reworded, statuses changed, tasks moved, people changed), each recorded, written as changes.json
/// and read back as the next build does: every history reads back, keeps no words that have left the
/// plan, and names each item once. CI runs a few hundred sequences; PLANPRESS_HISTORY_SEQUENCES
/// runs more.
/// </summary>
public sealed class HistoryPropertyTests
{
    private static readonly string[] Initiatives = ["mentoring", "reading"];
    private static readonly YearMonth[] Months = [new(2024, 3), new(2024, 4), new(2024, 5)];

    private sealed record Row(TrackedKind Kind, string Place, string Words, Status Status, string Who);

    [Fact]
    public void Every_history_of_random_edits_reads_back_and_keeps_no_words_taken_out_of_the_plan()
    {
        var sequences = int.TryParse(Environment.GetEnvironmentVariable("PLANPRESS_HISTORY_SEQUENCES"), out var n) ? n : 300;
        for (var seed = 0; seed < sequences; seed++)
        {
            Sequence(new Random(seed), seed);
        }
    }

    /// <summary>An editor or a server may put a byte order mark before the file: the history reads as without it.</summary>
    [Fact]
    public void A_history_with_a_byte_order_mark_reads_as_the_same_history()
    {
        var random = new Random(1);
        var written = ChangesJson.Write(ChangeRecorder.Record(null, State([.. Enumerable.Range(0, 8).Select(_ => NewRow(random))]), new DateOnly(2024, 3, 1)));

        var (read, problem) = ChangesJson.Parse([0xEF, 0xBB, 0xBF, .. written]);

        Assert.True(read is not null, problem);
        Assert.Equal(written, ChangesJson.Write(read));
    }

    private static void Sequence(Random random, int seed)
    {
        var rows = Enumerable.Range(0, 8).Select(_ => NewRow(random)).ToList();
        var day = new DateOnly(2024, 3, 1);
        ChangeLog? log = null;
        var everWritten = new HashSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < 12; step++)
        {
            if (step > 0)
            {
                Edit(random, rows);
                day = day.AddDays(random.Next(3));
            }

            var state = State(rows);
            everWritten.UnionWith(Tokens(rows));
            var recorded = ChangeRecorder.Record(log, state, day);
            var written = ChangesJson.Write(recorded);
            var (read, problem) = ChangesJson.Parse(written);

            Assert.True(read is not null, $"seed {seed}, step {step}: {problem}");
            Assert.Equal(written, ChangesJson.Write(read));
            var gone = everWritten.Except(Tokens(rows)).ToList();
            var text = System.Text.Encoding.UTF8.GetString(written);
            Assert.True(gone.All(w => !text.Contains(w, StringComparison.Ordinal)), $"seed {seed}, step {step}: words no longer in the plan are in the history");
            var keys = read.State.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
            Assert.All(read.Changes.Where(c => c.What != ChangeWhat.Removed && keys.Contains(c.Key) is false), c => Assert.True(c.Group.Kind == GroupKind.Month || c.Group.Id.Length == 0 || read.State.Any(i => i.Group == c.Group), $"seed {seed}, step {step}: {c}"));
            log = read;
        }
    }

    private static IEnumerable<string> Tokens(List<Row> rows) => rows.SelectMany(r => $"{r.Words} {r.Who}".Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The rows as the plan's items: ids given by position, as the readers give them ("mentoring-p3", "task-2024-03-2").</summary>
    private static List<TrackedItem> State(List<Row> rows)
    {
        var items = new List<TrackedItem>();
        foreach (var place in rows.GroupBy(r => (r.Kind, r.Place)))
        {
            var number = 0;
            foreach (var row in place)
            {
                number++;
                var (group, id, facts) = row.Kind == TrackedKind.Task
                    ? (new HistoryGroup(GroupKind.Month, row.Place), $"task-{row.Place}-{number}", new ItemFacts(Month: YearMonth.FromKey(row.Place), Who: row.Who))
                    : (new HistoryGroup(GroupKind.Initiative, row.Place), $"{row.Place}-p{number}", new ItemFacts(Status: row.Status, Due: new DateOnly(2024, 4, number % 28 + 1), Who: row.Who));
                items.Add(new TrackedItem(row.Kind, group, TrackedItem.Digest(row.Words), id, row.Words, facts));
            }
        }

        return items.DistinctBy(i => i.Key, StringComparer.Ordinal).ToList();
    }

    private static void Edit(Random random, List<Row> rows)
    {
        var at = random.Next(Math.Max(rows.Count, 1));
        switch (random.Next(7))
        {
            case 0:
                rows.Insert(Math.Min(at, rows.Count), NewRow(random));
                break;
            case 1 or 2 when rows.Count > 1:
                // Deleted or hidden: either way the row is no longer in the plan.
                rows.RemoveAt(at);
                break;
            case 3 when rows.Count > 0:
                rows[at] = rows[at] with { Words = rows[at].Words + " " + Word(random) };
                break;
            case 4 when rows.Count > 0:
                rows[at] = rows[at] with { Status = (Status)random.Next(4) };
                break;
            case 5 when rows.Count > 0 && rows[at].Kind == TrackedKind.Task:
                rows[at] = rows[at] with { Place = Months[random.Next(Months.Length)].ToString() };
                break;
            case 6 when rows.Count > 0:
                rows[at] = rows[at] with { Who = random.Next(2) == 0 ? string.Empty : Word(random) };
                break;
        }
    }

    private static Row NewRow(Random random) => random.Next(2) == 0
        ? new Row(TrackedKind.Task, Months[random.Next(Months.Length)].ToString(), Word(random) + " " + Word(random), Status.NotStarted, Word(random))
        : new Row(TrackedKind.Benchmark, Initiatives[random.Next(Initiatives.Length)], Word(random) + " " + Word(random), (Status)random.Next(4), Word(random));

    /// <summary>A word of the letters g to z, which no digest (hex) or key holds.</summary>
    private static string Word(Random random) => "Q" + new string(Enumerable.Range(0, 7).Select(_ => (char)('g' + random.Next(20))).ToArray());
}

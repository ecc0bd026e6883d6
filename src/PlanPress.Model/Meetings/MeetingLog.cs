using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Pairs;

namespace PlanPress.Model.Meetings;

/// <summary>
/// A response of the meeting-log form as read (site.yml's meeting_log): its row, and its cells by
/// meaning. <see cref="Who"/> holds every cell naming the pair (a mentor's, a protégé's, both).
/// </summary>
/// <param name="Time">How long they met: one cell, or an hours and a minutes cell, added up.</param>
public sealed record MeetingRow(SourceLocation Row, SourceCell When, SourceCell Month, IReadOnlyList<SourceCell> Who, SourceCell Met, IReadOnlyList<MeetingTime> Time, SourceCell Notes);

/// <summary>A cell of how long a pair met, and whether its question counts hours ("How many hours?") rather than minutes.</summary>
public sealed record MeetingTime(SourceCell Cell, bool Hours);

/// <summary>
/// A meeting a pair logged. Its names and notes are personal: only the pair's own booklet shows
/// them; the site shows counts and time alone.
/// </summary>
/// <param name="Day">The day met (the form's date, else when it was sent), when known.</param>
/// <param name="Month">The month it was logged for.</param>
/// <param name="PairKey">Whose it was: a known pair's slug, or the names as written (folded) when no pairs are known.</param>
/// <param name="Pair">The pair, when pairs are known (pairs.xlsx beside the plan).</param>
/// <param name="Met">Whether they met: a "No" response counts as logged, not met.</param>
/// <param name="Minutes">How long they met; null when not said or not readable.</param>
public sealed record Meeting(SourceLocation Row, DateOnly? Day, YearMonth Month, string PairKey, Pair? Pair, bool Met, int? Minutes, string Notes);

/// <summary>A month's meetings as the site shows them: how many pairs met, and for how long in all.</summary>
/// <param name="Pairs">How many pairs the program has by the month (begun, or meeting already), when they are known; null otherwise.</param>
/// <param name="Meetings">How many meetings were logged as met.</param>
public sealed record MeetingMonth(YearMonth Month, int PairsMet, int Minutes, int? Pairs, int Meetings);

/// <summary>The meetings logged through the form, by month and by pair.</summary>
/// <param name="pairs">The program's pairs, when the Pairs sheet is beside the plan; none otherwise.</param>
public sealed class MeetingLog(IReadOnlyList<Meeting> meetings, IReadOnlyList<Pair> pairs)
{
    /// <summary>No meeting log: site.yml names none.</summary>
    public static readonly MeetingLog None = new([], []);

    /// <summary>Every response counted, in the order sent.</summary>
    public IReadOnlyList<Meeting> Meetings { get; } = meetings;

    /// <summary>Whether the plan has a meeting log at all (site.yml names one).</summary>
    public bool Kept { get; init; }

    /// <summary>A month's count of pairs that met and their time in all, out of the pairs begun by then when they are known.</summary>
    public MeetingMonth In(YearMonth month)
    {
        var met = Meetings.Where(m => m.Met && m.Month == month).ToList();
        return new MeetingMonth(month, met.Select(m => m.PairKey).Distinct(StringComparer.Ordinal).Count(), met.Sum(m => m.Minutes ?? 0), pairs.Count > 0 ? pairs.Count(p => p.Start <= month || met.Any(m => m.Pair == p)) : null, met.Count);
    }

    /// <summary>A pair's meetings, in the order they were logged.</summary>
    public IReadOnlyList<Meeting> Of(Pair pair) => Meetings.Where(m => m.Pair == pair).ToList();

    /// <summary>Each known pair's months with no meeting logged, from its start (or the log's first month) to the last month ended before <paramref name="asOf"/>.</summary>
    public IEnumerable<(Pair Pair, YearMonth Month)> Missed(IReadOnlyList<Pair> known, IReadOnlyList<YearMonth> months, DateOnly asOf)
    {
        if (Meetings.Count == 0)
        {
            yield break;
        }

        var first = Meetings.Min(m => m.Month);
        var ended = months.Where(m => m >= first && m.AddMonths(1).FirstDay <= asOf).ToList();
        foreach (var pair in known)
        {
            foreach (var month in ended.Where(m => m >= pair.Start && !Meetings.Any(x => x.Met && x.Pair == pair && x.Month == m)))
            {
                yield return (pair, month);
            }
        }
    }
}

/// <summary>"2 h 15 min", "45 min", "3 h": a time in hours and minutes.</summary>
public static class Duration
{
    /// <summary>Minutes as hours and minutes, the same in English and Spanish.</summary>
    public static string Text(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => $"{h} h",
        (var h, var m) => $"{h} h {m} min",
    };
}

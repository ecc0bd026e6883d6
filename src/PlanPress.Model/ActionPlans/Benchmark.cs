using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Roles;

namespace PlanPress.Model.ActionPlans;

/// <summary>
/// The two kinds of implementation benchmark in a Planning for Success action plan: process (is the
/// work getting done?) and early evidence of change (is it having the desired impact?).
/// </summary>
public enum BenchmarkKind
{
    Process,
    EarlyEvidence,
}

/// <summary>A benchmark with its people, due date and status resolved; the original wording is kept beside each.</summary>
/// <param name="DateText">The date as written; shown wherever the date is.</param>
/// <param name="Due">The day it is due by, or null when the date could not be read ("date not set").</param>
/// <param name="StatusText">The status as written.</param>
public sealed record Benchmark(
    string Id,
    BenchmarkKind Kind,
    string Text,
    Assignment Responsible,
    string DateText,
    DateOnly? Due,
    Status Status,
    string StatusText,
    SourceLocation Source)
{
    public YearMonth? Month => Due is { } due ? YearMonth.From(due) : null;

    /// <summary>What <see cref="DateText"/> named of <see cref="Due"/>: a day, a month or a period ("by end of Q2").</summary>
    public DateWritten DueWritten { get; init; }

    /// <summary>Due before the as-of date and not met.</summary>
    public bool IsOverdue(DateOnly asOf) => Due is { } due && due < asOf && Status != Status.Met;
}

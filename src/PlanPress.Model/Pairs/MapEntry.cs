using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Model.Pairs;

/// <summary>A row of a Mentoring Action Plan sheet as entered: whose plan (one or more cells naming the pair), which part, what and when.</summary>
public sealed record MapRow(IReadOnlyList<SourceCell> Pair, SourceCell Part, SourceCell Item, SourceCell When);

/// <summary>One entry of a pair's plan, with the calendar months it belongs on (none when it has no time).</summary>
public sealed record MapEntry(MapPart Part, string Text, string When, IReadOnlyList<YearMonth> Months, SourceLocation Source);

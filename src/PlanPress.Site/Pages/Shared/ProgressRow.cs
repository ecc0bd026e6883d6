using PlanPress.Model.ActionPlans;

namespace PlanPress.Site.Pages;

/// <summary>Benchmark counts for an initiative (or the whole plan), process and early evidence apart.</summary>
public sealed record ProgressRow(string Label, Link? Link, Progress Process, Progress EarlyEvidence);

/// <summary>The model of the progress partial.</summary>
public sealed record ProgressPartial(PageModel Page, IReadOnlyList<ProgressRow> Rows);

/// <summary>The model of the counts partial: one kind of benchmark's counts, met of all with the rest in words.</summary>
public sealed record CountsPartial(PageModel Page, Progress Counts);

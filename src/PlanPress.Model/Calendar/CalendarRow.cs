namespace PlanPress.Model.Calendar;

/// <summary>
/// A row of a mentoring calendar sheet as entered. A month or phase left blank (or merged) has
/// already been filled from the row above, keeping the location of the cell that holds the text.
/// </summary>
public sealed record CalendarRow(SourceCell Month, SourceCell Phase, SourceCell Task, SourceCell Who, SourceCell Notes);

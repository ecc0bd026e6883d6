using System.Globalization;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Workbooks;

/// <summary>A typed value as a cell, one way for every reader (.xlsx, .ods, .xls, .csv): dates as yyyy-MM-dd with the date kept, numbers without trailing zeros, TRUE and FALSE.</summary>
internal static class TypedCell
{
    public static SourceCell Date(DateTime date, SourceLocation location) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), location, date);

    public static SourceCell Number(double number, SourceLocation location) =>
        new(number.ToString("0.##########", CultureInfo.InvariantCulture), location);

    public static SourceCell Flag(bool flag, SourceLocation location) =>
        new(flag ? "TRUE" : "FALSE", location);
}

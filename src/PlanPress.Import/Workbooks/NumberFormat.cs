using System.Globalization;

namespace PlanPress.Import.Workbooks;

/// <summary>How a number format shows its number: as a number, a date, a time of day, or a duration ([h]:mm).</summary>
internal enum NumberShown
{
    Number,
    Date,
    Time,
    Duration,
}

/// <summary>How an .xlsx number format shows its number, and the date, time or duration a serial number stands for.</summary>
internal static class NumberFormat
{
    /// <summary>Excel's built-in formats: dates (14–17, 22, and the East Asian and Thai ones), times of day (18–21, 45, 47) and a duration (46, [h]:mm:ss).</summary>
    public static NumberShown BuiltIn(int id) => id switch
    {
        >= 18 and <= 21 or 45 or 47 => NumberShown.Time,
        46 => NumberShown.Duration,
        >= 14 and <= 22 or >= 27 and <= 36 or >= 50 and <= 58 or >= 71 and <= 81 => NumberShown.Date,
        _ => NumberShown.Number,
    };

    /// <summary>
    /// A custom format, by its first section with quoted text, escapes and [colour]/[$-locale] tags
    /// left out: elapsed time ([h], [mm], [ss]) is a duration; d or y, or m without h or s, a date;
    /// h or s alone a time of day.
    /// </summary>
    public static NumberShown Of(string code)
    {
        var (date, time) = (false, false);
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
            }
            else if (inBrackets)
            {
                // [h], [mm], [ss] are elapsed time: a duration, shown from a number.
                if (c is 'h' or 'H' or 'm' or 'M' or 's' or 'S' && i > 0 && code[i - 1] == '[')
                {
                    return NumberShown.Duration;
                }

                inBrackets = c != ']';
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == '[')
            {
                inBrackets = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == ';')
            {
                break;
            }
            else if (char.ToLowerInvariant(c) is 'd' or 'y' or 'm')
            {
                date = true;
            }
            else if (char.ToLowerInvariant(c) is 'h' or 's')
            {
                time = true;
            }
            else if (char.ToLowerInvariant(c) == 'g' && IsGeneral(code, i))
            {
                i += 6;
            }
        }

        // "m" beside "h" or "s" is minutes: h:mm is a time of day, d/m/yyyy h:mm a date.
        var days = date && (code.Contains('d', StringComparison.OrdinalIgnoreCase) || code.Contains('y', StringComparison.OrdinalIgnoreCase) || !time);
        return days ? NumberShown.Date : time ? NumberShown.Time : NumberShown.Number;
    }

    /// <summary>A time of day as a clock shows it ("09:30"), without the date it is stored with.</summary>
    public static string Clock(double serial) =>
        TimeSpan.FromMinutes(Math.Round((serial - Math.Floor(serial)) * 24 * 60) % (24 * 60)).ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>A duration in hours and minutes ("26:30"), as [h]:mm shows it.</summary>
    public static string Hours(double serial)
    {
        var minutes = (long)Math.Round(serial * 24 * 60);
        return $"{(minutes < 0 ? "-" : string.Empty)}{Math.Abs(minutes) / 60}:{Math.Abs(minutes) % 60:D2}";
    }

    private static bool IsGeneral(string code, int index) =>
        index + 7 <= code.Length && code.AsSpan(index, 7).Equals("General", StringComparison.OrdinalIgnoreCase);

    /// <summary>The date of a serial number, or null when the number is no date a spreadsheet can show.</summary>
    public static DateTime? ToDate(double serial, bool date1904)
    {
        // Excel counts a 29 February 1900 that never was, so its serials before it are a day behind OLE dates.
        var days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
        return days is >= -657435 and < 2958466 ? DateTime.FromOADate(days) : null;
    }
}

namespace PlanPress.Import.Workbooks;

/// <summary>Whether an .xlsx number format shows its number as a date (or time), and the date a serial number stands for.</summary>
internal static class NumberFormat
{
    /// <summary>Excel's built-in date and time formats (14–22, 45–47) and the East Asian and Thai ones.</summary>
    public static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 or >= 71 and <= 81;

    /// <summary>A custom format is a date when its first section, quoted text, escapes and [colour]/[$-locale] tags left out, uses d, m, y, h or s.</summary>
    public static bool IsDate(string code)
    {
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
                // [h], [mm], [ss] are elapsed time: a time, shown from a number.
                if (c is 'h' or 'H' or 'm' or 'M' or 's' or 'S' && i > 0 && code[i - 1] == '[')
                {
                    return true;
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
                return false;
            }
            else if (char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h' or 's')
            {
                return true;
            }
            else if (char.ToLowerInvariant(c) == 'g' && IsGeneral(code, i))
            {
                i += 6;
            }
        }

        return false;
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

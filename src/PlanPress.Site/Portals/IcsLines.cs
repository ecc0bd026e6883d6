using System.Text;

namespace PlanPress.Site.Portals;

/// <summary>iCalendar's content lines (RFC 5545 §3.1): folded at 75 octets, text escaped.</summary>
public static class IcsLines
{
    private const int Octets = 75;

    /// <summary>A logical line as written: broken before 75 octets of UTF-8 (never inside a character), each continuation led by a space, ended by CRLF.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        var limit = Octets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                folded.Append("\r\n ");
                octets = 0;
                limit = Octets - 1;
            }

            folded.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        return folded.Append("\r\n").ToString();
    }

    /// <summary>Text as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

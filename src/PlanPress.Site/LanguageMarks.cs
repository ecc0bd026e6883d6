using System.Text;
using PlanPress.Model.Languages;

namespace PlanPress.Site;

/// <summary>
/// Turns the marks <see cref="PlanTranslator"/> leaves around text still to translate into
/// <c>&lt;span lang="en"&gt;</c> in a page's text, so a screen reader reads it in its own language,
/// and drops them everywhere else: in attributes, in a title, a script or a text area, and in
/// every file that is not a page. A run of marked text that crosses elements is closed before each
/// tag and opened again after it, so the spans always nest.
/// </summary>
public static class LanguageMarks
{
    private static readonly string[] RawElements = ["title", "script", "style", "textarea", "option"];

    /// <param name="language">The language of the marked text: the plan's first.</param>
    public static string Apply(string path, string text, string language)
    {
        // Razor writes the marks as character references in a page, and JSON as escapes in a data file:
        // each is the mark. No cell holds a mark (SourceCell takes them out); a cell's own "\uE000" is
        // text in a page, and "\\uE000" in JSON, where an escape is the mark only where the backslash
        // before it is not itself escaped.
        var page = path.EndsWith(".html", StringComparison.Ordinal);
        var json = path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal);
        foreach (var (written, mark) in Written)
        {
            text = written[0] != '\\' ? text.Replace(written, mark, StringComparison.OrdinalIgnoreCase)
                : json ? Unescaped(text, written, mark)
                : text;
        }

        if (text.AsSpan().IndexOfAnyInRange(PlanTranslator.Open, PlanTranslator.StaleClose) < 0)
        {
            return text;
        }

        return page ? InPage(text, language) : PlanTranslator.Unmarked(text);
    }

    private static readonly (string Written, string Mark)[] Written =
    [
        ("&#xE000;", PlanTranslator.Open.ToString()),
        ("&#xE001;", PlanTranslator.Close.ToString()),
        ("\\uE000", PlanTranslator.Open.ToString()),
        ("\\uE001", PlanTranslator.Close.ToString()),
        ("&#xE002;", PlanTranslator.StaleOpen.ToString()),
        ("&#xE003;", PlanTranslator.StaleClose.ToString()),
        ("\\uE002", PlanTranslator.StaleOpen.ToString()),
        ("\\uE003", PlanTranslator.StaleClose.ToString()),
    ];

    /// <summary><paramref name="text"/> with each <paramref name="escape"/> preceded by an even number of backslashes replaced by <paramref name="mark"/>.</summary>
    private static string Unescaped(string text, string escape, string mark)
    {
        var at = text.IndexOf(escape, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0; at = text.IndexOf(escape, at + escape.Length, StringComparison.OrdinalIgnoreCase))
        {
            var backslashes = 0;
            while (at - backslashes - 1 >= 0 && text[at - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            result.Append(text, from, at - from).Append(backslashes % 2 == 0 ? mark : escape);
            from = at + escape.Length;
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    private static string InPage(string html, string language)
    {
        var result = new StringBuilder(html.Length + 256);
        var marked = false;
        var open = false;
        string? raw = null;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            // The note a stale translation is shown with: set apart where a page shows it, its words alone in a title or script.
            if (c is PlanTranslator.StaleOpen or PlanTranslator.StaleClose)
            {
                if (raw is null)
                {
                    result.Append(c == PlanTranslator.StaleOpen ? "<span class=\"stale-translation\">" : "</span>");
                }

                continue;
            }

            if (c is PlanTranslator.Open or PlanTranslator.Close)
            {
                marked = c == PlanTranslator.Open;
                if (!marked && open)
                {
                    result.Append("</span>");
                    open = false;
                }

                continue;
            }

            if (c == '<')
            {
                if (open)
                {
                    result.Append("</span>");
                    open = false;
                }

                var end = html.IndexOf('>', i);
                end = end < 0 ? html.Length - 1 : end;
                var tag = PlanTranslator.Unmarked(html[i..(end + 1)]);
                result.Append(tag);
                raw = raw is null ? RawElements.FirstOrDefault(e => IsTag(tag, e, closing: false)) : IsTag(tag, raw, closing: true) ? null : raw;
                i = end;
                continue;
            }

            if (marked && !open && raw is null && !char.IsWhiteSpace(c))
            {
                result.Append("<span lang=\"").Append(language).Append("\">");
                open = true;
            }

            result.Append(c);
        }

        if (open)
        {
            result.Append("</span>");
        }

        return result.ToString();
    }

    private static bool IsTag(string tag, string name, bool closing)
    {
        var start = closing ? 2 : 1;
        return tag.Length > start + name.Length
            && (!closing || tag[1] == '/')
            && string.Compare(tag, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
            && !char.IsLetterOrDigit(tag[start + name.Length]);
    }
}

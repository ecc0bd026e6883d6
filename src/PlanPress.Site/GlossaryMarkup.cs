using System.Text.RegularExpressions;
using PlanPress.Model.Glossary;
using PlanPress.Site.Pages;

namespace PlanPress.Site;

/// <summary>
/// Splits a text into plain runs and glossary terms, so the theme can mark each term up with its
/// definition and a link to its entry. Abbreviations (CBAM, MoM) match as written; terms of
/// several words match in any case. Each term is marked once per text, at its first appearance.
/// </summary>
public sealed class GlossaryMarkup
{
    private readonly List<(GlossaryEntry Entry, Regex Pattern)> _terms;
    private readonly SitePaths _paths;

    public GlossaryMarkup(IEnumerable<GlossaryEntry> glossary, SitePaths paths)
    {
        _paths = paths;
        _terms = glossary
            .Where(e => e.IsMarkedInText)
            .OrderByDescending(e => e.Term.Length)
            .Select(e => (e, new Regex(
                $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(e.Term)}(?![\p{{L}}\p{{N}}])",
                e.Term.Contains(' ', StringComparison.Ordinal) ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.CultureInvariant)))
            .ToList();
    }

    public IReadOnlyList<TextSegment> Segments(string text)
    {
        var found = new List<(int Index, int Length, GlossaryEntry Entry)>();
        foreach (var (entry, pattern) in _terms)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!found.Any(f => match.Index < f.Index + f.Length && f.Index < match.Index + match.Length))
                {
                    found.Add((match.Index, match.Length, entry));
                    break;
                }
            }
        }

        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var (index, length, entry) in found.OrderBy(f => f.Index))
        {
            if (index > at)
            {
                segments.Add(new TextSegment(text[at..index], null, null));
            }

            segments.Add(new TextSegment(text.Substring(index, length), entry.Title, _paths.Term(entry)));
            at = index + length;
        }

        if (at < text.Length || segments.Count == 0)
        {
            segments.Add(new TextSegment(text[at..], null, null));
        }

        return segments;
    }
}

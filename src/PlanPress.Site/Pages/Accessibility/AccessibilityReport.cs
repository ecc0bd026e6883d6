using System.Globalization;

namespace PlanPress.Site.Pages;

/// <summary>
/// What one run of <c>planpress check --accessibility</c> found over the pages a statement covers:
/// when, with what, how many pages in which languages, and every rule a page failed. Nothing in it is
/// claimed that the run did not check.
/// </summary>
/// <param name="Checked">The day the run was made.</param>
/// <param name="Tool">The checker and its version ("axe-core 4.11.0").</param>
/// <param name="Pages">The pages checked, each on a wide screen and at 320 pixels wide.</param>
/// <param name="Languages">The languages of those pages, by code.</param>
/// <param name="Printed">The month checklists also checked as printed.</param>
/// <param name="Findings">Every rule some page failed, with the pages; empty when all passed.</param>
public sealed record AccessibilityReport(DateOnly Checked, string Tool, int Pages, IReadOnlyList<string> Languages, int Printed, IReadOnlyList<AccessibilityFinding> Findings)
{
    /// <summary>How many pages the site has: more than <see cref="Pages"/> when a sample was checked.</summary>
    public int Of { get; init; }
}

/// <summary>A rule some pages failed: its id, what it asks in a sentence, the WCAG criteria it tests ("1.4.3"), and the pages, by path from the statement's site.</summary>
public sealed record AccessibilityFinding(string Rule, string Help, IReadOnlyList<string> Criteria, IReadOnlyList<string> Pages);

/// <summary>The results part of an accessibility statement: a report in the page's language, or none yet (a site built but not yet checked).</summary>
public sealed class AccessibilityResults(AccessibilityReport? report, Translations text, string language)
{
    public AccessibilityReport? Report { get; } = report;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language);

    public string T(string key, params object[] values) => text[key, values];

    public string Plural(string key, int count, params object[] values) => text.Plural(key, count, values);

    /// <summary>The day checked, in words in the page's language.</summary>
    public string Checked => Report is { } report ? new DateWords(Culture, text).InWords(report.Checked) : string.Empty;

    /// <summary>The languages checked, each named in itself ("English and español").</summary>
    public string Languages => Report is { } report && report.Languages.Select(code => CultureInfo.GetCultureInfo(code).NativeName.Split(" (")[0]).ToList() is { Count: > 0 } names
        ? names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} {text["a11y-and"]} {names[^1]}"
        : string.Empty;
}

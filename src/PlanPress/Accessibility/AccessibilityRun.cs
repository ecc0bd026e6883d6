using System.Text.Json;
using Deque.AxeCore.Commons;
using PlanPress.Printing;

namespace PlanPress.Accessibility;

/// <summary>A rule a page failed: axe's rule id (or "reflow"), what it asks, the WCAG criteria it tests, the first offending HTML, and whether it failed as printed.</summary>
public sealed record PageViolation(string Rule, string Help, IReadOnlyList<string> Criteria, string Html, bool Printed);

/// <summary>One page checked: its path in the built site, its language (its &lt;html lang&gt;), and what it failed.</summary>
public sealed record PageResult(string Path, string Language, bool Printed, IReadOnlyList<PageViolation> Violations);

/// <summary>
/// Every page of a built site checked in a headless Chromium, as the tests check the default theme:
/// axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on a wide screen, the page at 320 CSS pixels for
/// sideways scrolling (WCAG 1.4.10, reflow), and each month checklist again as printed.
/// </summary>
public static class AccessibilityRun
{
    /// <summary>The axe tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA: what a WCAG 2.2 AA statement rests on.</summary>
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const int Wide = 1280;

    /// <summary>WCAG 1.4.10 asks content to fit 320 CSS pixels (1280 at 400 % zoom) without scrolling in two directions.</summary>
    private const int Narrow = 320;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>axe's WCAG rules on the open page; as printed, all but target size: paper has no pointer to aim.</summary>
    private static readonly string AxeScript = $$"""
        async (printed) => {
          const rules = printed ? { 'target-size': { enabled: false } } : {};
          const result = await axe.run(document, { runOnly: { type: 'tag', values: {{JsonSerializer.Serialize(Tags)}} }, rules, resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map(v => ({ rule: v.id, help: v.help, tags: v.tags, html: v.nodes.length > 0 ? v.nodes[0].html : '' })));
        }
        """;

    /// <summary>Whether the page scrolls sideways at its width: the opening tag of the innermost element that overflows, or null.</summary>
    private const string ReflowScript = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= window.innerWidth + 1) return null;
          const wide = [...document.body.querySelectorAll('*')].filter(e =>
            e.getBoundingClientRect().right > window.innerWidth + 1
            || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'));
          const inner = wide.find(e => !wide.some(o => o !== e && e.contains(o))) || root;
          return inner.outerHTML.slice(0, inner.outerHTML.indexOf('>') + 1);
        }
        """;

    /// <summary>
    /// The pages to check when a site has more than <paramref name="most"/> (a portal of thousands of
    /// plans: a page takes about a third of a second): every kind of page in every language ("months/…",
    /// "es/roles/…", "index.html", whatever plan's folder it is in), each kind in proportion to its
    /// pages, spread across the site's plans. All of them when there are no more.
    /// </summary>
    public static List<string> Sample(List<string> pages, int most)
    {
        if (pages.Count <= most)
        {
            return pages;
        }

        var kinds = pages.GroupBy(KindOf, StringComparer.Ordinal).ToList();
        return kinds
            .SelectMany((kind, k) =>
            {
                var list = kind.ToList();
                var take = Math.Max(1, (int)((long)most * list.Count / pages.Count));
                // Each kind starts at a plan of its own, so that a kind taken once is not always the first plan's.
                var start = (int)((long)k * 7919 % list.Count);
                return Enumerable.Range(0, take).Select(i => list[(int)((start + (long)i * list.Count / take) % list.Count)]);
            })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A page's kind: its path with a portal plan's folder as "*" and its name left out within a folder
    /// ("*/months/*", "es/goals/*", "*/index.html"); a page at the site's root is a kind of its own.
    /// </summary>
    private static string KindOf(string path)
    {
        var parts = path.Split('/').ToList();
        // A plan's folder in a portal is one that is not a site folder or a language's (two letters).
        var plan = parts.Count > 1 && !SiteFolders.Contains(parts[0]) && parts[0].Length != 2;
        if (plan)
        {
            parts.RemoveAt(0);
        }

        // Another language's pages are under its folder ("es/"): its pages are kinds as the first language's are.
        var language = parts.Count > 1 && parts[0].Length == 2 ? parts[0] + "/" : string.Empty;
        if (language.Length > 0)
        {
            parts.RemoveAt(0);
        }

        return (plan ? "*/" : string.Empty) + language + (parts.Count > 1 ? string.Join('/', parts[..^1]) + "/*" : parts[0]);
    }

    private static readonly HashSet<string> SiteFolders = ["months", "roles", "people", "initiatives", "goals", "pages", "level", "region"];

    /// <summary>The HTML pages of a built site, by path from its folder, in order.</summary>
    public static List<string> Pages(string folder) =>
        Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Checks each page of <paramref name="folder"/> in <paramref name="browser"/>; <paramref name="step"/>
    /// is told of each page before it is checked. Returns the checker with its version ("axe-core 4.11.0"), as the statement names it, and each page's result.
    /// </summary>
    public static async Task<(string Tool, List<PageResult> Pages)> CheckAsync(ChromiumSession browser, string folder, IReadOnlyList<string> pages, Action<string> step, CancellationToken token)
    {
        await using var server = await FolderServer.StartAsync(folder).ConfigureAwait(false);
        await browser.AddToEveryPageAsync(AxeSource.Value).ConfigureAwait(false);
        var results = new List<PageResult>();
        var tool = "axe-core";
        foreach (var path in pages)
        {
            step(path);
            await browser.OpenAsync(server.Address(path), Narrow, token).ConfigureAwait(false);
            var violations = new List<PageViolation>();
            if (await browser.EvaluateAsync<string?>(ReflowScript, token).ConfigureAwait(false) is { } wide)
            {
                violations.Add(new PageViolation("reflow", "Content fits 320 CSS pixels without scrolling sideways", ["1.4.10"], wide, Printed: false));
            }

            await browser.WidthAsync(Wide).ConfigureAwait(false);
            violations.AddRange(await AxeAsync(browser, printed: false, token).ConfigureAwait(false));
            var language = await browser.EvaluateAsync<string>("() => document.documentElement.lang", token).ConfigureAwait(false);
            tool = "axe-core " + await browser.EvaluateAsync<string>("() => axe.version", token).ConfigureAwait(false);
            // The month checklists are the pages pairs print and write on: checked again as printed.
            var month = path.Split('/') is [.., "months", _];
            if (month)
            {
                await browser.PrintMediaAsync(true).ConfigureAwait(false);
                // A rule the page already fails on screen is said once.
                var printed = await AxeAsync(browser, printed: true, token).ConfigureAwait(false);
                violations.AddRange(printed.Where(p => !violations.Any(v => v.Rule == p.Rule)).ToList());
                await browser.PrintMediaAsync(false).ConfigureAwait(false);
            }

            results.Add(new PageResult(path, language, month, violations));
        }

        return (tool, results);
    }

    private static async Task<IEnumerable<PageViolation>> AxeAsync(ChromiumSession browser, bool printed, CancellationToken token)
    {
        var json = await browser.EvaluateAsync<string>(AxeScript, token, printed).ConfigureAwait(false);
        return (JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [])
            .Select(v => new PageViolation(v.Rule, v.Help, Criteria(v.Tags), v.Html, printed));
    }

    /// <summary>The WCAG success criteria among axe's tags: "wcag143" is 1.4.3, "wcag1410" 1.4.10.</summary>
    private static List<string> Criteria(IEnumerable<string> tags) =>
        tags.Where(t => t.Length >= 7 && t.StartsWith("wcag", StringComparison.Ordinal) && t[4..].All(char.IsAsciiDigit))
            .Select(t => $"{t[4]}.{t[5]}.{t[6..]}")
            .ToList();

    private sealed record AxeViolation(string Rule, string Help, List<string> Tags, string Html);
}

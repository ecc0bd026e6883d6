using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace PlanPress.Tests.Browser;

/// <summary>
/// axe-core, run in the page itself. The script is added to a browser context once, before any
/// page loads, and each run returns only its violations: the Playwright wrapper's own run injects
/// and serialises far more, about 2 s a page, which over every sample page was most of the test run.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(AxeRunOptions).Assembly;
        using var stream = assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Makes axe available on every page the context opens from now on.</summary>
    public static Task AddToAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>Every axe rule on the open page, those off by default included (target-size, AAA contrast): one line per violation, its first nodes' HTML included.</summary>
    public static Task<string[]> ViolationsAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        async () => {
          const rules = Object.fromEntries(axe.getRules().map(r => [r.ruleId, { enabled: true }]));
          const result = await axe.run(document, { resultTypes: ['violations'], rules });
          return result.violations.map(v =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`);
        }
        """);
}

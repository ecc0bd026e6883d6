using System.Globalization;
using PlanPress.Import;
using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Site.Feeds;

namespace PlanPress;

/// <summary>
/// Sets up, on a core that is idle while the command line is read, what a build's first steps
/// otherwise set up one after another, each on its first use: ICU's collation and month names, the
/// YAML parser (whose check of tag handles compiles a regular expression), the generated expressions
/// that read a month, the parser of web addresses, and what the serializer knows of the change
/// history (read back while the workbooks are read). Each is set up once per process, by whichever
/// thread comes first: this only moves the work off the build's path (see docs/development.md).
/// </summary>
internal static class Warmup
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ => Prime(), null);

    private static void Prime()
    {
        try
        {
            SettingsYaml.Read("start: September 2024\nbase_url: https://example.org/plan/\n", "site.yml");
            MonthText.Read(new SourceCell("September 2024", new SourceLocation("site.yml")), CultureInfo.GetCultureInfo("en-US"), null, null);
            SiteConfig.BaseUrlProblem("https://example.org/plan/");
            DateOnly.TryParseExact("2024-09-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            ChangesJson.Prepare();
        }
        catch (Exception)
        {
            // Only a head start: whatever failed here is met, and reported, where the build does it.
        }
    }
}

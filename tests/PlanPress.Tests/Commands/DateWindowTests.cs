using PlanPress.Import.Sources;
using PlanPress.Site;

namespace PlanPress.Tests.Commands;

/// <summary>
/// A plan's pages stay the same bytes from day to day until something the date decides reads
/// otherwise (a benchmark falls overdue, a month turns): the window a portal's daily rebuild keeps a
/// plan's pages for, without reading its workbooks. Built day by day over three weeks that hold both.
/// </summary>
public sealed class DateWindowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_days_build_is_the_same_bytes_until_the_window_ends_and_differs_on_the_day_it_ends()
    {
        var content = _folder.CopyFolder(Repository.Content, "content");
        var site = _folder["site"];
        var first = new DateOnly(2024, 3, 20);
        var build = await PlanPressRun.StartAsync("build", "--content", content, "--theme", Repository.Theme, "--output", site, "--as-of", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(build.ExitCode == 0, build.Output);

        async Task<(Dictionary<string, byte[]> Files, DateOnly Until)> BuildFor(DateOnly day)
        {
            var built = await SiteBuild.RunAsync(content, Repository.Theme, day, new FetchOptions(Offline: true, _folder["cache"]), _ => { }, keep: true, history: new HistorySource(site, content));
            Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
            return (built.Site!.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal), built.Site.Until);
        }

        var (kept, until) = await BuildFor(first);
        Assert.Equal(new DateOnly(2024, 3, 30), until); // the day after a benchmark due March 29 and not met
        var windows = new List<DateOnly>();
        for (var day = first.AddDays(1); day <= new DateOnly(2024, 4, 9); day = day.AddDays(1))
        {
            var (files, next) = await BuildFor(day);
            var differing = files.Keys.Union(kept.Keys).Where(p => !kept.TryGetValue(p, out var a) || !files.TryGetValue(p, out var b) || !a.AsSpan().SequenceEqual(b)).ToList();
            if (day < until)
            {
                Assert.True(differing.Count == 0, $"{day}: {string.Join(", ", differing.Take(5))} differ within the window that ends {until}");
            }
            else
            {
                Assert.True(differing.Count > 0, $"{day}: the window ended but nothing differs");
                windows.Add(day);
                (kept, until) = (files, next);
            }
        }

        // March 30 (overdue), April 1 (the month turns and a benchmark due March 31 is overdue): no other day.
        Assert.Equal([new DateOnly(2024, 3, 30), new DateOnly(2024, 4, 1)], windows);
    }
}

using System.Text.Json.Nodes;

namespace PlanPress.Tests.Hostile;

/// <summary>
/// A portal's build reads back what its previous build and its slices wrote (restored from a cache,
/// passed as artifacts): a planted line, a roll-up linking off the site, a link in a slice or a plan
/// folder, a device in a plan's folder. None reaches the site, none takes the portal down.
/// </summary>
public sealed class PortalReadBackTests : IDisposable
{
    private static readonly string AsOf = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Content => _folder["portal/content"];

    private string Site => _folder["site"];

    private Task<PlanPressRun> BuildAsync(string? output = null, params string[] more) =>
        PlanPressRun.StartAsync(["build", "--content", Content, "--theme", Repository.Theme, "--output", output ?? Site, "--as-of", AsOf, .. more]);

    private async Task NewAsync()
    {
        var created = await PlanPressRun.StartAsync("new", _folder["portal"], "--portal");
        Assert.True(created.ExitCode == 0, created.Output);
    }

    private static string AllText(string folder) =>
        string.Concat(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".portal-parts", StringComparison.Ordinal) && !f.EndsWith(".planpress-portal.json", StringComparison.Ordinal)).Select(File.ReadAllText));

    /// <summary>A line that would run in the portal's search if it were copied into it, and an entry leading off the site.</summary>
    private static void Plant(string parts)
    {
        var json = JsonNode.Parse(File.ReadAllText(parts))!;
        json["entries"]!.AsArray().Add(new JsonObject { ["id"] = "riverside-elementary:x", ["kind"] = "k", ["title"] = "Planted", ["text"] = "t", ["url"] = "https://elsewhere.example/x.html" });
        File.WriteAllText(parts, json.ToJsonString() + "\n\"}];window.pwned=1;//");
    }

    [Fact]
    public async Task A_plans_parts_tampered_with_in_the_output_are_not_used_the_plan_is_built_again()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        Plant(Path.Combine(Site, "riverside-elementary", ".portal-parts"));

        var rebuilt = await BuildAsync();

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Contains("(1 built, 2 unchanged)", rebuilt.Output, StringComparison.Ordinal);
        // The portal's search index, in pieces.
        var index = string.Concat(Directory.GetFiles(Path.Combine(Site, "search")).Select(File.ReadAllText));
        Assert.DoesNotContain("pwned", index, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", index, StringComparison.Ordinal);
        Assert.Contains("riverside-elementary/initiatives/", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roll_up_linking_off_the_site_is_not_used_every_plan_is_built_again()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var state = Path.Combine(Site, ".planpress-portal.json");
        var json = JsonNode.Parse(File.ReadAllText(state))!;
        json["plans"]![0]!["entry"]!["rollUp"]!["home"] = "https://elsewhere.example/phish.html";
        File.WriteAllText(state, json.ToJsonString());

        var rebuilt = await BuildAsync();

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Contains("(3 built, 0 unchanged)", rebuilt.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere.example", AllText(Site), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assembly_refuses_a_slice_with_planted_parts_or_a_link_naming_each()
    {
        await NewAsync();
        var slices = new List<string>();
        for (var k = 1; k <= 2; k++)
        {
            var slice = _folder[$"slice-{k}"];
            Assert.Equal(0, (await BuildAsync(slice, "--slice", $"{k}/2")).ExitCode);
            slices.Add(slice);
        }

        var first = slices.Select(s => Path.Combine(s, "riverside-elementary")).Single(Directory.Exists);
        Plant(Path.Combine(first, ".portal-parts"));
        var secret = _folder.Write("outside/secret.txt", "SECRET-FILE");
        var second = slices.Select(s => Path.Combine(s, "hillcrest-middle")).Single(Directory.Exists);
        File.CreateSymbolicLink(Path.Combine(second, "secret.html"), secret);

        var assembled = await PlanPressRun.StartAsync(["assemble", "--content", Content, "--theme", Repository.Theme, "--output", _folder["assembled"], "--as-of", AsOf, .. slices]);

        Assert.Equal(1, assembled.ExitCode);
        Assert.False(assembled.ShowsStackTrace, assembled.Output);
        Assert.True(assembled.Output.Contains("riverside-elementary/.portal-parts: error: The plan's parts for the portal's search and calendar cannot be read", StringComparison.Ordinal), assembled.Output);
        Assert.Contains("riverside-elementary/.portal-parts: error: The plan's parts for the portal's search and calendar cannot be read", assembled.Output, StringComparison.Ordinal);
        Assert.Contains("hillcrest-middle/secret.html: error: This slice holds a link, which a build never writes; it is not followed.", assembled.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["assembled"]));
    }

    [Fact]
    public async Task A_plan_folder_linked_outside_the_content_folder_is_refused_and_a_device_in_a_plans_folder_is_never_read()
    {
        await NewAsync();
        var plans = Path.Combine(Content, "plans");
        var outside = _folder["outside-plan"];
        Directory.Move(Path.Combine(plans, "lakeview-high"), outside);
        Directory.CreateSymbolicLink(Path.Combine(plans, "lakeview-high"), outside);
        File.CreateSymbolicLink(Path.Combine(plans, "riverside-elementary", "zero.xlsx"), "/dev/zero");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"took {started.Elapsed}");
        Assert.False(run.ShowsStackTrace, run.Output);
        Assert.Contains("plans/lakeview-high: error: This is a link to a folder outside the content folder, which PlanPress never reads.", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Site, "lakeview-high")));
    }

    [Theory]
    [InlineData(".planpress-portal.json", "{}", "(3 built, 0 unchanged)")]
    [InlineData(".planpress-portal.json", "{\"fingerprint\":\"x\",\"plans\":[{\"inputs\":\"\",\"entry\":null}]}", "(3 built, 0 unchanged)")]
    [InlineData("riverside-elementary/.portal-parts", "{\"slug\":\"riverside-elementary\",\"entries\":[null],\"events\":[null]}", "(1 built, 2 unchanged)")]
    public async Task A_state_or_parts_holding_nothing_where_something_is_expected_is_not_used_and_crashes_nothing(string file, string planted, string built)
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        File.WriteAllText(Path.Combine(Site, file), planted);

        var rebuilt = await BuildAsync();

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.False(rebuilt.ShowsStackTrace, rebuilt.Output);
        Assert.Contains(built, rebuilt.Output, StringComparison.Ordinal);
    }

    /// <summary>A link to a file, a link in a subfolder leading nowhere, and a linked folder, each in a plan of its own.</summary>
    [Fact]
    public async Task A_link_planted_in_a_kept_plans_folder_is_not_published_the_plan_is_built_again()
    {
        await NewAsync();
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        var secret = _folder.Write("outside/secret.txt", "SECRET-FILE");
        List<string> links = [Path.Combine(Site, "riverside-elementary/secret.html"), Path.Combine(Site, "hillcrest-middle/months/secret.html"), Path.Combine(Site, "lakeview-high/roles/team")];
        File.CreateSymbolicLink(links[0], secret);
        File.CreateSymbolicLink(links[1], secret + ".gone");
        Directory.CreateSymbolicLink(links[2], Path.GetDirectoryName(secret)!);

        var rebuilt = await BuildAsync();

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Contains("(3 built, 0 unchanged)", rebuilt.Output, StringComparison.Ordinal);
        Assert.All(links, link => Assert.True(new FileInfo(link).LinkTarget is null && !Path.Exists(link), link));
    }

    [Fact]
    public async Task A_portal_built_on_GitHub_Actions_with_an_example_address_warns_and_takes_the_address_GitHub_Pages_gives()
    {
        await NewAsync();
        var onActions = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" };

        var example = await PlanPressRun.StartAsync(onActions, ["build", "--content", Content, "--theme", Repository.Theme, "--output", Site, "--as-of", AsOf]);
        var published = await PlanPressRun.StartAsync(onActions, ["build", "--content", Content, "--theme", Repository.Theme, "--output", Site, "--as-of", AsOf, "--base-url", "https://springfield.github.io/plans/"]);

        Assert.True(example.ExitCode == 0, example.Output);
        Assert.Contains("site.yml: warning: The base_url https://example.github.io/district-plans/ is an example address", example.Output, StringComparison.Ordinal);
        Assert.True(published.ExitCode == 0, published.Output);
        Assert.DoesNotContain("example address", published.Output, StringComparison.Ordinal);
        Assert.Contains("https://springfield.github.io/plans/riverside-elementary/", File.ReadAllText(Path.Combine(Site, "sitemap.xml")), StringComparison.Ordinal);
    }
}

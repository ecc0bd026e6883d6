using System.Text.Json.Nodes;

namespace PlanPress.Tests.Hostile;

/// <summary>
/// What a build reads back from the previous output (restored from a CI cache, so possibly tampered
/// with) is untrusted: each tampered history is refused with exit 1, a message naming changes.json
/// and what is wrong with it, no stack trace, quickly, and the previous site byte for byte as it was.
/// </summary>
public sealed class ReadBackTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Site => _folder["site"];

    private string History => Path.Combine(Site, "changes.json");

    private Task<PlanPressRun> BuildAsync(string asOf) =>
        PlanPressRun.StartAsync("build", "--content", _folder["content"], "--theme", Repository.Theme, "--output", Site, "--booklets", _folder["booklets"], "--as-of", asOf);

    /// <summary>Each way a history can be tampered with, and the words the refusal must say.</summary>
    public static TheoryData<string> Cases => new(Tampered.Keys);

    private static readonly Dictionary<string, (Action<string> Plant, string Says)> Tampered = new()
    {
        ["the same item twice"] = (file => Edit(file, h => h["state"]!.AsArray().Add(h["state"]![0]!.DeepClone())), "there twice"),
        ["a key under five letters"] = (file => Edit(file, h => h["state"]![0]!["words"] = "abc"), "digest"),
        ["a moved task carrying a status for its month"] = (file => Edit(file, h => h["changes"]!.AsArray().Add(JsonNode.Parse("""{"date":"2024-03-16","kind":"Task","group":{"kind":"Month","id":"2023-10"},"words":"0123456789abcdef","what":"Month","old":{"status":"Met"}}"""))), "not of its kind"),
        ["a benchmark placed in a month"] = (file => Edit(file, h => h["changes"]!.AsArray().Add(JsonNode.Parse("""{"date":"2024-03-16","kind":"Benchmark","group":{"kind":"Month","id":"2023-10"},"words":"0123456789abcdef","what":"Added"}"""))), "placed in a Month"),
        ["a group whose id is an address"] = (file => Edit(file, h => h["state"]![0]!["group"]!["id"] = "https://elsewhere.example/x"), "not one"),
        ["a change before the history began"] = (file => Edit(file, h => h["changes"]!.AsArray().Add(JsonNode.Parse("""{"date":"2020-01-01","kind":"Role","group":{"kind":"Roles","id":""},"words":"0123456789abcdef","what":"Added"}"""))), "before the history began"),
        ["200 MB"] = (file =>
        {
            using var stream = File.OpenWrite(file);
            stream.SetLength(200L * 1024 * 1024);
        }, "more than the 32 MB"),
        ["a link to /dev/zero"] = (file =>
        {
            File.Delete(file);
            File.CreateSymbolicLink(file, "/dev/zero");
        }, "is a link"),
        ["a FIFO"] = (file =>
        {
            File.Delete(file);
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [file])!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }, "not a regular file"),
        ["not JSON"] = (file => File.WriteAllText(file, "{ \"started\": "), "cannot be read"),
        ["a byte that is not UTF-8 in a word"] = (file => File.WriteAllBytes(file, [.. "{\"started\":\"2024-03-15\",\"state\":[],\"changes\":[],\"x\":\""u8, 0xFF, .. "\"}"u8]), "cannot be read"),
        ["an item that is null"] = (file => Edit(file, h => h["state"]!.AsArray().Add(null)), "missing (null)"),
        ["a change that is null"] = (file => Edit(file, h => h["changes"]!.AsArray().Add(null)), "missing (null)"),
        ["a place without its id"] = (file => Edit(file, h => h["state"]![0]!["group"] = JsonNode.Parse("""{"kind":"Initiative"}""")), "cannot be read"),
        ["a status that is no status"] = (file => Edit(file, h => h["state"]![0]!["facts"]!["status"] = 99), "facts that are none"),
        ["a translation's record holding words"] = (file => Edit(file, h => h["translations"] = JsonNode.Parse("""{"es:Realizar una evaluación":"0123456789abcdef"}""")), "not a language and two digests"),
        ["a first-format history with a null group"] = (file => File.WriteAllText(file, """{"started":"2024-03-15","state":[{"key":"role:x","kind":"Role","title":"X","group":null,"groupName":"","itemId":"x","facts":{}}],"changes":[]}"""), "cannot be read"),
    };

    private static void Edit(string file, Action<JsonNode> edit)
    {
        var history = JsonNode.Parse(File.ReadAllText(file))!;
        edit(history);
        File.WriteAllText(file, history.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_tampered_history_is_refused_by_name_and_leaves_the_site_as_it_was(string name)
    {
        _folder.CopyFolder(Repository.Content, "content");
        var first = await BuildAsync("2024-03-15");
        Assert.True(first.ExitCode == 0, first.Output);
        var (plant, says) = Tampered[name];
        plant(History);
        var before = Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories).Where(f => f != History).ToDictionary(f => f, File.ReadAllBytes);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await BuildAsync("2024-03-17");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.ShowsStackTrace, run.Output);
        Assert.Contains("changes.json", run.Output, StringComparison.Ordinal);
        Assert.Contains(says, run.Output, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"took {started.Elapsed}");
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }
}

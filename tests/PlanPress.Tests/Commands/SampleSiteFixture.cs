using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PlanPress.Tests.Commands;

/// <summary>The sample content of the repository, built once for the tests that read its pages.</summary>
public sealed class SampleSiteFixture : IAsyncLifetime, IDisposable
{
    public const string AsOf = "2024-03-15";

    private readonly TempFolder _folder = new();

    public string Output => _folder["site"];

    public PlanPressRun Run { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Run = await PlanPressRun.StartAsync("build", "--content", Repository.Content, "--theme", Repository.Theme, "--output", Output, "--booklets", _folder["booklets"], "--as-of", AsOf);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    public IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));
}

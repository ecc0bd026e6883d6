namespace PlanPress.Site.Tests;

/// <summary>A theme's partials, as a theme author writes them: with a typed model, an anonymous object, or nothing; one inside another.</summary>
public sealed class ThemePageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Partials_render_in_place_with_typed_anonymous_and_no_models_and_nested()
    {
        _folder.Write("theme/Card.cshtml", """
            @model string
            <p>@Model</p><s>@(this is PlanPress.Site.ThemePage<string>)</s>
            @{ await IncludeAsync("Partials/_Word.cshtml", new { Word = Model + "!" }); }
            @{ await IncludeAsync("Partials/_Loud.cshtml", Model.ToUpperInvariant()); }
            @{ await IncludeAsync("Partials/_Plain.cshtml"); }
            <p>end</p>
            """);
        _folder.Write("theme/Partials/_Word.cshtml", "<i>@Model.Word</i>");
        _folder.Write("theme/Partials/_Loud.cshtml", """
            @model string
            <b>@Model</b><u>@(this is PlanPress.Site.ThemePage<string>)</u>@{ await IncludeAsync("Partials/_Word.cshtml", new { Word = "<" + Model + ">" }); }
            """);
        _folder.Write("theme/Partials/_Plain.cshtml", "<hr>");
        var theme = new Theme(_folder["theme"], _folder["cache"]);

        var html = await theme.RenderPartAsync("Card.cshtml", "hi");

        // Each template is a ThemePage, whose partials render without the C# run-time binder.
        var parts = new[] { "<p>hi</p><s>True</s>", "<i>hi!</i>", "<b>HI</b><u>True</u>", "<i>&lt;HI&gt;</i>", "<hr>", "<p>end</p>" };
        Assert.All(parts, part => Assert.Contains(part, html, StringComparison.Ordinal));
        Assert.Equal(parts, parts.OrderBy(part => html.IndexOf(part, StringComparison.Ordinal)));
    }
}

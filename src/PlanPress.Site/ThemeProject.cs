using RazorLight.Razor;

namespace PlanPress.Site;

/// <summary>The theme's templates, read from its folder, each compiled as a <see cref="ThemePage{TModel}"/>.</summary>
internal sealed class ThemeProject(string root) : FileSystemRazorProject(root)
{
    private static readonly IEnumerable<RazorLightProjectItem> Imports =
        [new TextSourceRazorProjectItem("_ThemeImports.cshtml", $"@inherits {typeof(ThemePage<>).Namespace}.ThemePage<TModel>")];

    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) => Task.FromResult(Imports);
}

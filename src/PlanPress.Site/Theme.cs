using System.Text.Encodings.Web;
using System.Text.Unicode;
using PlanPress.Model.Diagnostics;
using PlanPress.Site.Pages;
using RazorLight;
using RazorLight.Compilation;

namespace PlanPress.Site;

/// <summary>
/// A theme folder: Razor templates (a layout, partials, one template per kind of page) and an
/// <c>assets/</c> folder copied as it is. One Razor engine per theme, so each template compiles once,
/// and compiled templates kept between runs (<see cref="CompiledThemeCache"/>).
/// </summary>
public sealed class Theme
{
    public const string AssetsFolder = "assets";

    /// <summary>One theme, with its Razor engine, per theme folder: an edited theme's replaces the one before, which is let go.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Fingerprint, Theme Theme)> Loaded = new(StringComparer.Ordinal);

    private readonly RazorLightEngine _engine;
    private readonly CompiledThemeCache _compiled;

    /// <summary>One encoder for every page and partial: creating one builds its tables, and a page includes dozens of partials.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>What is said of a theme folder that is not there.</summary>
    public static Diagnostic Missing(string folder) =>
        Diagnostic.Error(new SourceLocation(folder.Replace('\\', '/')), "The theme folder does not exist.", "a theme folder holding _Layout.cshtml and the page templates");

    /// <summary>
    /// The theme in a folder, its compiled templates shared with every earlier load of the same
    /// files in this process (serve's rebuilds, a test run's builds); an edited theme loads anew,
    /// and the engine of its earlier files is let go.
    /// </summary>
    public static Theme Load(string folder)
    {
        var fingerprint = Fingerprint(folder);
        return Loaded.AddOrUpdate(
            Path.GetFullPath(folder),
            _ => (fingerprint, new Theme(folder)),
            (_, kept) => kept.Fingerprint == fingerprint ? kept : (fingerprint, new Theme(folder))).Theme;
    }

    /// <summary>Every file of the theme by path, size and time written: any edit changes it.</summary>
    private static string Fingerprint(string folder) =>
        !Directory.Exists(folder)
            ? string.Empty
            : string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => new FileInfo(f))
                .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));

    /// <param name="compiledCache">Where compiled templates are kept between runs; by default the user's cache folder (<see cref="CompiledThemeCache.DefaultFolder"/>).</param>
    public Theme(string folder, string? compiledCache = null)
    {
        Folder = folder;
        _compiled = new CompiledThemeCache(folder, compiledCache ?? CompiledThemeCache.DefaultFolder());
        var project = new ThemeProject(Path.GetFullPath(folder));
        // Options of its own for each engine: RazorLight's builder writes into the options it is given.
        var compiler = new DeferredCompiler(() => new RazorLightEngineBuilder()
            .UseOptions(EngineOptions())
            .UseProject(project)
            .UseCachingProvider(_compiled)
            .SetOperatingAssembly(typeof(Theme).Assembly)
            .Build().Handler.Compiler);
        _engine = new RazorLightEngine(new EngineHandler(EngineOptions(), compiler, new TemplateFactoryProvider(), _compiled));
    }

    public string Folder { get; }

    private static RazorLightOptions EngineOptions() => new()
    {
        Namespaces = new HashSet<string> { "PlanPress.Site.Pages" },
        DisableEncoding = false,
        EnableDebugMode = false,
        PreRenderCallbacks =
        [
            page =>
            {
                // Every @value stays HTML-encoded, but "Protégé" is written as itself, not as &#xE9; escapes.
                if (page is TemplatePageBase template)
                {
                    template.HtmlEncoder = Encoder;
                }
            },
        ],
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Translations Translations, IReadOnlyList<Diagnostic> Diagnostics)> _text = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The theme's words in <paramref name="language"/>, read from its i18n files once per theme (a
    /// portal's plans, its parts and its own pages all ask; an edited theme is a new <see cref="Theme"/>).
    /// </summary>
    public (Translations Translations, IReadOnlyList<Diagnostic> Diagnostics) Text(string language) =>
        _text.GetOrAdd(language, code => Translations.Load(Folder, code));

    /// <summary>Loads the templates compiled on an earlier run and compiles their code to machine code, so that the first pages render at full speed.</summary>
    public void Warm()
    {
        if (Directory.Exists(Folder))
        {
            _compiled.Preload(Directory.EnumerateFiles(Folder, "*.cshtml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')));
        }
    }

    /// <summary>Renders a page through its template, or says which template failed and why.</summary>
    public async Task<(string? Html, Diagnostic? Problem)> RenderAsync(PageModel page)
    {
        try
        {
            return (await ThemeRendering.RenderAsync(_engine.Handler, page.Template, page).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A template is C# of the theme author's: whatever it throws is a theme problem to report, not a crash.
            var location = new SourceLocation(Path.Combine(Folder, page.Template).Replace('\\', '/'));
            var detail = e is RazorLight.Compilation.TemplateCompilationException compilation
                ? string.Join(" ", compilation.CompilationErrors)
                : e.Message;
            detail = string.Join(' ', detail.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return (null, Diagnostic.Error(location, $"The theme template failed while rendering {page.Path}: {detail}"));
        }
    }

    /// <summary>Renders one template of the theme (a partial) with a model of its own, outside any page: what <c>check --accessibility</c> writes into a built statement.</summary>
    public Task<string> RenderPartAsync(string template, object model) => ThemeRendering.RenderAsync(_engine.Handler, template, model);

    /// <summary>The theme's asset files (stylesheets, images, scripts), by path from the theme folder.</summary>
    public IEnumerable<string> AssetPaths()
    {
        var assets = Path.Combine(Folder, AssetsFolder);
        return Directory.Exists(assets)
            ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];
    }
}

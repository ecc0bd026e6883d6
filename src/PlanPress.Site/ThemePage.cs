using System.Collections.Concurrent;
using System.Dynamic;
using System.Text.Encodings.Web;
using RazorLight;
using RazorLight.Internal.Buffering;

namespace PlanPress.Site;

/// <summary>
/// The base of every theme template (<see cref="ThemeProject"/> gives it to each): RazorLight's
/// page, whose partials are rendered by a call bound when the theme compiles. RazorLight's own
/// IncludeAsync passes the page's dynamic ViewBag along, so each call to it is bound at run time by
/// the C# run-time binder, which a build then loads, sets up and compiles rules for: about a tenth
/// of a small plan's build went there.
/// </summary>
public abstract class ThemePage<TModel> : TemplatePage<TModel>
{
    /// <summary>Renders the template <paramref name="key"/> (a partial) with <paramref name="model"/> in place, as RazorLight's IncludeAsync does.</summary>
    public new Task IncludeAsync(string key, object? model = null) =>
        ThemeRendering.Current is { } rendering ? rendering.IncludeAsync(this, key, model) : base.IncludeAsync(key, model);
}

/// <summary>
/// One page being rendered: the templates it draws on (its layout, its partials and theirs) render
/// through one <see cref="TemplateRenderer"/> and into buffers that last as long as the page does.
/// </summary>
internal sealed class ThemeRendering(IEngineHandler engine, TemplateRenderer renderer)
{
    private static readonly AsyncLocal<ThemeRendering?> Rendering = new();

    /// <summary>What RazorLight knows of each model's type (an anonymous object becomes an ExpandoObject), worked out once a type.</summary>
    private static readonly ConcurrentDictionary<Type, ModelTypeInfo> Models = new();

    /// <summary>The page rendering on this flow of work, if it is rendered by <see cref="RenderAsync"/>.</summary>
    public static ThemeRendering? Current => Rendering.Value;

    /// <summary>Renders the template <paramref name="key"/> with <paramref name="model"/>, as RazorLight's engine does, its partials through <see cref="IncludeAsync"/>.</summary>
    public static async Task<string> RenderAsync(IEngineHandler engine, string key, object model)
    {
        var template = await engine.CompileTemplateAsync(key).ConfigureAwait(false);
        using var buffers = new MemoryPoolViewBufferScope();
        using var writer = new StringWriter();
        var renderer = new TemplateRenderer(engine, HtmlEncoder.Default, buffers);
        Rendering.Value = new ThemeRendering(engine, renderer);
        Prepare(template, model, writer, viewBag: null);
        await renderer.RenderAsync(template).ConfigureAwait(false);
        return writer.ToString();
    }

    public async Task IncludeAsync(ITemplatePage page, string key, object? model)
    {
        var template = await engine.CompileTemplateAsync(key).ConfigureAwait(false);
        object bag = page.PageContext.ViewBag;
        Prepare(template, model, page.PageContext.Writer, bag as ExpandoObject);
        await renderer.RenderAsync(template).ConfigureAwait(false);
    }

    /// <summary>What RazorLight's engine sets on a template before it renders one.</summary>
    private static void Prepare(ITemplatePage template, object? model, TextWriter writer, ExpandoObject? viewBag)
    {
        var context = new PageContext(viewBag) { ExecutingPageKey = template.Key, Writer = writer };
        if (model is not null)
        {
            context.ModelTypeInfo = Models.GetOrAdd(model.GetType(), type => new ModelTypeInfo(type));
            context.Model = context.ModelTypeInfo.CreateTemplateModel(model);
            template.SetModel(context.Model);
        }

        template.PageContext = context;
    }
}

using RazorLight.Compilation;

namespace PlanPress.Site;

/// <summary>
/// RazorLight's template compiler, made when a template first has to be compiled: its Razor
/// engine and cache take a build some 10 ms to set up, and once the theme's templates are in the
/// compiled cache (<see cref="CompiledThemeCache"/>), as on every build after a theme's first, none is.
/// </summary>
internal sealed class DeferredCompiler(Func<IRazorTemplateCompiler> create) : IRazorTemplateCompiler
{
    /// <summary>Made again after a failure, as a theme loaded anew would be (serve keeps a theme from one save to the next).</summary>
    private readonly Lazy<IRazorTemplateCompiler> _compiler = new(create, LazyThreadSafetyMode.PublicationOnly);

    public ICompilationService CompilationService => _compiler.Value.CompilationService;

    public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) => _compiler.Value.CompileAsync(templateKey);
}

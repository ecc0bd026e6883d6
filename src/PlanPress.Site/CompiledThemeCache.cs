using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace PlanPress.Site;

/// <summary>
/// Compiled theme templates kept on disk between runs, so a fresh build compiles only the
/// templates that changed (compiling them all takes seconds). Each template's assembly is stored
/// under a hash of the PlanPress build, the template's name and its text: an edited template is
/// compiled anew on the next build, and a new PlanPress never loads an old one's. Written to a
/// temporary file and moved into place, so a build running beside it never reads half a file; a
/// cache that cannot be written or read only costs the time to compile.
/// </summary>
public sealed class CompiledThemeCache : ICachingProvider, IPrecompileCallback
{
    private readonly MemoryCachingProvider _memory = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Type?>> _loaded = new(StringComparer.Ordinal);
    private readonly string _themeFolder;
    private readonly string _folder;

    public CompiledThemeCache(string themeFolder, string folder)
    {
        _themeFolder = Path.GetFullPath(themeFolder);
        _folder = folder;
    }

    /// <summary>The user's PlanPress cache (<see cref="CacheFolder"/>), in a folder for this build of PlanPress.</summary>
    public static string DefaultFolder() => CacheFolder.Of(Path.Combine("themes", Build));

    /// <summary>This build of PlanPress: the module version ids of the assemblies templates are compiled against.</summary>
    private static readonly string Build = Hash(string.Join('\n',
        new[] { typeof(Theme), typeof(Model.Plan), typeof(RazorLightEngine) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId)))[..16];

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var cached = _memory.RetrieveTemplate(key);
        if (cached.Success || Load(key) is not { } type)
        {
            return cached;
        }

        ITemplatePage Create() => (ITemplatePage)Activator.CreateInstance(type)!;
        _memory.CacheTemplate(key, Create);
        return new TemplateCacheLookupResult(new TemplateCacheItem(key, Create));
    }

    /// <summary>The template's type from its cached assembly, loaded once however many pages ask for it at the same time; null when there is none to load.</summary>
    private Type? Load(string key) => _loaded.GetOrAdd(FileSystemRazorProjectHelper.NormalizeKey(key), k => new Lazy<Type?>(() =>
    {
        if (AssemblyPath(k) is not { } path || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return Assembly.Load(File.ReadAllBytes(path)).GetCustomAttribute<RazorLightTemplateAttribute>()?.TemplateType;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return null;
        }
    })).Value;

    /// <summary>
    /// Loads the compiled templates kept for these keys and has their code compiled to machine code,
    /// so that a build can do it on a spare core while it reads the workbooks. Templates not kept yet
    /// are compiled when first rendered, as always.
    /// </summary>
    public void Preload(IEnumerable<string> keys)
    {
        foreach (var type in keys.Select(Load).OfType<Type>())
        {
            foreach (var method in type.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).Prepend(type)
                .Where(t => !t.ContainsGenericParameters)
                .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                .Where(m => !m.IsAbstract && !m.ContainsGenericParameters))
            {
                try
                {
                    System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(method.MethodHandle);
                }
                catch (Exception e) when (e is ArgumentException or TypeLoadException or MissingMethodException)
                {
                    // A method the runtime will not compile ahead of its first call is compiled then, as without this.
                }
            }
        }
    }

    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        if (AssemblyPath(generatedRazorTemplate.TemplateKey) is not { } path)
        {
            return;
        }

        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllBytes(temporary, rawAssembly);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        _memory.CacheTemplate(key, pageFactory, expirationToken);

    public bool Contains(string key) => _memory.Contains(key) || (AssemblyPath(key) is { } path && File.Exists(path));

    public void Remove(string key) => _memory.Remove(key);

    /// <summary>Where the template's assembly is kept: named by the hash of its name and its text; null when the template cannot be read.</summary>
    private string? AssemblyPath(string key)
    {
        var name = FileSystemRazorProjectHelper.NormalizeKey(key).TrimStart('/');
        try
        {
            var text = File.ReadAllText(Path.Combine(_themeFolder, name));
            return Path.Combine(_folder, Hash(name + "\n" + text) + ".dll");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

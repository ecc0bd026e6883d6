using System.Text;
using AngleSharp.Html.Parser;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Site;

/// <summary>
/// Checks every link and asset reference between the built files: each relative href and src must
/// name a file of the site and, with a #fragment, an element with that id. A broken one is an error
/// naming the page and the link, so a broken site is never published.
/// </summary>
public static class LinkCheck
{
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFile> files)
    {
        var parser = new HtmlParser();
        var pages = files
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => parser.ParseDocument(Encoding.UTF8.GetString(f.Content)), StringComparer.Ordinal);
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Key, p => p.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var problems = new List<Diagnostic>();
        foreach (var (path, document) in pages)
        {
            var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references.Distinct(StringComparer.Ordinal))
            {
                if (Broken(path, reference, paths, ids) is { } why)
                {
                    problems.Add(Diagnostic.Error(
                        new SourceLocation(path),
                        $"The page links to \"{reference}\", {why}.",
                        "every link and asset of a page to lead to a page or file the build writes"));
                }
            }
        }

        return problems;
    }

    /// <summary>Why a reference from a page is broken, or null when it is fine (or leaves the site).</summary>
    private static string? Broken(string page, string reference, HashSet<string> paths, Dictionary<string, HashSet<string>> ids)
    {
        if (reference.Length == 0 || reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("mailto:", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
        var query = target.IndexOf('?', StringComparison.Ordinal);
        target = query < 0 ? target : target[..query];

        var resolved = target.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(target));
        if (resolved is null || !paths.Contains(resolved))
        {
            return "which is not a file of the site";
        }

        if (fragment is { Length: > 0 } && ids.TryGetValue(resolved, out var known) && !known.Contains(fragment))
        {
            return $"but {resolved} has no element with the id \"{fragment}\"";
        }

        return null;
    }

    /// <summary>"months/2023-10.html" + "../roles/mentor.html" → "roles/mentor.html"; null when it climbs out of the site.</summary>
    private static string? Resolve(string page, string target)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in target.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}

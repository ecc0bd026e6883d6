using System.Net;
using System.Text;
using PlanPress.Model;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Site;

/// <summary>
/// Checks every link and asset reference between the built files: each relative href and src (or
/// one from the site's root path, as 404.html's are) must name a file of the site and, with a
/// #fragment, an element with that id. A broken one is an error naming the page and the link, so
/// a broken site is never published.
/// </summary>
public static class LinkCheck
{
    /// <summary>The ids a page has and the references it makes (href of a and link elements, every src).</summary>
    public sealed record PageLinks(string Path, HashSet<string> Ids, List<string> References);

    /// <param name="root">The path the site is published under ("/planpress/"), when known: links that start with it lead into the site.</param>
    /// <param name="scanned">Pages already scanned, as they were rendered (<see cref="Scan"/>); every other page is scanned here.</param>
    /// <param name="elsewhere">Files of the site that are not among <paramref name="files"/> (a portal's pages and assets, beside one of its plans), which links may lead to.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFile> files, string? root = null, IReadOnlyDictionary<OutputFile, PageLinks>? scanned = null, IEnumerable<string>? elsewhere = null)
    {
        // Each page is scanned for its tags, not built into a document: the check needs only those, and pages are scanned on every core.
        var pages = InOrder.Map(
            [.. files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))],
            f => scanned is not null && scanned.TryGetValue(f, out var known) ? known : Scan(f.Path, Encoding.UTF8.GetString(f.Content)));
        var paths = files.Select(f => f.Path).Concat(elsewhere ?? []).ToHashSet(StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

        var problems = new List<Diagnostic>();
        foreach (var page in pages)
        {
            foreach (var reference in page.References.Distinct(StringComparer.Ordinal))
            {
                if (Broken(page.Path, reference, root, paths, ids) is { } why)
                {
                    problems.Add(Diagnostic.Error(
                        new SourceLocation(page.Path),
                        $"The page links to \"{reference}\", {why}.",
                        "every link and asset of a page to lead to a page or file the build writes"));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The ids and references of a page's start tags, attribute values decoded. One pass over the
    /// text, as an HTML tokenizer reads tags: comments, end tags and doctypes are skipped, quoted
    /// values may hold "&gt;", and what is inside script and style elements is text, not tags.
    /// </summary>
    public static PageLinks Scan(string path, string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                at = End(html, "-->", at + 4);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                // An end tag, a doctype or a "<" in text.
                at = next is '/' or '!' or '?' ? End(html, ">", at + 1) : at + 1;
                continue;
            }

            var nameEnd = at + 1;
            while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var name = html.AsSpan(at + 1, nameEnd - at - 1);
            var raw = Is(name, "script") ? "script" : Is(name, "style") ? "style" : null;
            at = Attributes(html, nameEnd, Is(name, "a") || Is(name, "link"), ids, references);

            if (raw is not null && html[at - 1] == '>' && html[at - 2] != '/')
            {
                var close = html.IndexOf("</" + raw, at, StringComparison.OrdinalIgnoreCase);
                at = close < 0 ? html.Length : close;
            }
        }

        return new PageLinks(path, ids, references);
    }

    /// <summary>
    /// Reads a start tag's attributes from after its name, keeping its id and its references (href
    /// of a and link, every src); returns where the tag ends. Names are compared where they stand,
    /// and only the values kept are copied out: a month of a thousand tasks has tens of thousands of
    /// attributes.
    /// </summary>
    private static int Attributes(string html, int at, bool linking, HashSet<string> ids, List<string> references)
    {
        while (at < html.Length)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/'))
            {
                at++;
            }

            if (at >= html.Length || html[at] == '>')
            {
                return Math.Min(at + 1, html.Length);
            }

            var nameStart = at;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('=' or '>' or '/'))
            {
                at++;
            }

            var name = html.AsSpan(nameStart, at - nameStart);
            var isId = Is(name, "id");
            var isReference = Is(name, "src") || (linking && Is(name, "href"));
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length || html[at] != '=')
            {
                if (isReference)
                {
                    references.Add(string.Empty);
                }

                continue;
            }

            at++;
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            int valueStart, valueEnd;
            if (at < html.Length && html[at] is '"' or '\'')
            {
                valueStart = at + 1;
                valueEnd = html.IndexOf(html[at], valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                at = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = at;
                while (at < html.Length && !IsSpace(html[at]) && html[at] != '>')
                {
                    at++;
                }

                valueEnd = at;
            }

            if (isId || isReference)
            {
                var value = html[valueStart..valueEnd];
                value = value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
                if (isReference)
                {
                    references.Add(value);
                }
                else if (value.Length > 0)
                {
                    ids.Add(value);
                }
            }
        }

        return html.Length;
    }

    /// <summary>Whether a tag or attribute name is <paramref name="lower"/>, in any case of ASCII letters, as HTML compares them.</summary>
    private static bool Is(ReadOnlySpan<char> name, string lower) => System.Text.Ascii.EqualsIgnoreCase(name, lower);

    private static int End(string html, string end, int from)
    {
        var found = html.IndexOf(end, from, StringComparison.Ordinal);
        return found < 0 ? html.Length : found + end.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>Why a reference from a page is broken, or null when it is fine (or leaves the site).</summary>
    private static string? Broken(string page, string reference, string? root, HashSet<string> paths, Dictionary<string, HashSet<string>> ids)
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

        if (target.StartsWith('/'))
        {
            if (root is null || !target.StartsWith(root, StringComparison.Ordinal))
            {
                return root is null ? "which starts from the host's root, where the site may not be" : $"which is outside the site's path {root}";
            }

            target = target[root.Length..];
            page = "index.html";
        }

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
    public static string? Resolve(string page, string target)
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

namespace PlanPress.Site.Pages;

/// <summary>A link to another page of the site, by its path from the site root.</summary>
public sealed record Link(string Text, string Path);

/// <summary>A link in a list, with a line about where it leads.</summary>
public sealed record LinkWithNote(Link Link, string Note);

/// <summary>What every page knows about the site: its name, language and navigation.</summary>
/// <param name="Navigation">The site's main sections, in order; "this month" is <see cref="CurrentMonth"/>.</param>
/// <param name="About">The pages about the plan (resources, glossary, its own pages), grouped apart in the navigation.</param>
/// <param name="AsOf">The date the site was built for (--as-of): what "this month" and "overdue" are reckoned from.</param>
/// <param name="Updated"><see cref="AsOf"/> in words, in the plan's language.</param>
public sealed record SiteInfo(
    string Title,
    string Organisation,
    string Timeframe,
    string Language,
    IReadOnlyList<Link> Months,
    IReadOnlyList<Link> Roles,
    Link? CurrentMonth,
    IReadOnlyList<Link> Navigation,
    IReadOnlyList<Link> About,
    string CalendarPath,
    Translations Text,
    DateOnly AsOf,
    string Updated)
{
    /// <summary>What the plan is, in a sentence or two (site.yml's description); empty when not given.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>A short name for the site, for what a browser keeps per site (a pair's adapted checklists).</summary>
    public string Key => PlanPress.Model.Text.Slug.From(Title);
}

/// <summary>The base of every page's view model: where the page is and how to link from it.</summary>
public abstract class PageModel
{
    public required SiteInfo Site { get; init; }

    /// <summary>The page's path from the site root, e.g. "months/2023-10.html".</summary>
    public required string Path { get; init; }

    /// <summary>The page's own heading and the first part of its &lt;title&gt;.</summary>
    public required string Heading { get; init; }

    /// <summary>
    /// The site's path on its host ("/planpress/"), from which a page served at any address (404.html)
    /// starts its links and assets; null for the others, whose links are relative.
    /// </summary>
    public string? RootPath { get; init; }

    /// <summary>What the page holds, in a sentence, for search engines and link previews (meta description).</summary>
    public virtual string Description =>
        Heading == Site.Title
            ? Site.Description.Length > 0 ? Site.Description : T("description-site", Site.Organisation.Length > 0 ? $"{Site.Title}, {Site.Organisation}" : Site.Title)
            : T("description-page", Heading, Site.Title);

    /// <summary>The theme template that renders the page.</summary>
    public abstract string Template { get; }

    /// <summary>
    /// Where links to the site's pages start when the page is not part of the site (a pair's
    /// booklet, which links to the published site); null for the site's own pages.
    /// </summary>
    public string? LinkBase { get; init; }

    /// <summary>A relative URL from this page to <paramref name="target"/> (a path from the site root), so the site works from any folder or file://; from <see cref="RootPath"/> when there is one.</summary>
    public string Url(string target)
    {
        if (RootPath is not null)
        {
            return RootPath + target;
        }

        if (LinkBase is not null && !target.StartsWith("assets/", StringComparison.Ordinal))
        {
            return LinkBase + target;
        }

        var depth = Path.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + target;
    }

    public bool IsCurrent(Link link) => link.Path == Path;

    /// <summary>Whether the page is one of <paramref name="links"/>: the group the navigation opens on.</summary>
    public bool IsAmong(IEnumerable<Link> links) => links.Any(IsCurrent);

    /// <summary>The theme's text for a key in the plan's language, with {0}, {1} … filled in.</summary>
    public string T(string key, params object[] values) => Site.Text[key, values];

    /// <summary>The theme's counting text for <paramref name="count"/> in its plural form, {0} the count and {1} … the values.</summary>
    public string Plural(string key, int count, params object[] values) => Site.Text.Plural(key, count, values);
}

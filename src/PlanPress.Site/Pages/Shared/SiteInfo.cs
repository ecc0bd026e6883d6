using PlanPress.Model.Text;

namespace PlanPress.Site.Pages;

/// <summary>What every page knows about the site: its name, language and navigation.</summary>
/// <param name="Navigation">The site's main sections, in order; "this month" is <see cref="CurrentMonth"/>.</param>
/// <param name="Paths">Every address of the site: templates link through it, never by a path of their own.</param>
/// <param name="About">The pages about the plan (resources, glossary, its own pages), grouped apart in the navigation.</param>
/// <param name="AsOf">The date the site was built for (--as-of): what "this month" and "overdue" are reckoned from.</param>
/// <param name="Updated"><see cref="UpdatedOn"/> in words, in the plan's language.</param>
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
    SitePaths Paths,
    Translations Text,
    DateOnly AsOf,
    string Updated)
{
    /// <summary>The day the plan last changed (its history's newest change), which the footer gives; the as-of date when no history is kept.</summary>
    public DateOnly UpdatedOn
    {
        get => field == default ? AsOf : field;
        init;
    }

    /// <summary>Whether the site links to a form another service runs (site.yml's log_form), which the accessibility statement names as unchecked.</summary>
    public bool ThirdParty { get; init; }

    /// <summary>What the plan is, in a sentence or two (site.yml's description); empty when not given.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The portal the plan is published in, to lead back to its home; null for a plan alone (and on the portal's own pages).</summary>
    public Link? Portal { get; init; }

    /// <summary>The "What changed" page, when the plan's history is kept; null otherwise (serve, check).</summary>
    public Link? Changes { get; init; }

    /// <summary>The Atom feed of the changes, beside <see cref="Changes"/>.</summary>
    public string? ChangesFeed { get; init; }

    /// <summary>Every language the plan is published in, this one among them; one language alone when there are no others.</summary>
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    /// <summary>Where the site is published (base_url as a folder); null without one.</summary>
    public Uri? Root { get; init; }

    /// <summary>A page's full address under <see cref="Root"/>, as hreflang wants it; null without a base_url.</summary>
    public string? Absolute(string path) => Root is { } root ? new Uri(root, path).AbsoluteUri : null;

    /// <summary>The address of a page of this site in <paramref name="language"/>: the same path under that language's folder.</summary>
    public string InLanguage(LanguageLink language, string path) =>
        language.Prefix + (path.StartsWith(Paths.Prefix, StringComparison.Ordinal) ? path[Paths.Prefix.Length..] : path);

    /// <summary>A short name for the site, for what a browser keeps per site (a pair's adapted checklists).</summary>
    public string Key => PlanPress.Model.Text.Slug.From(Title);
}

/// <summary>One language of a plan's sites: its code, its name in itself ("Español"), and the folder its site is under.</summary>
public sealed record LanguageLink(string Code, string Name, string Prefix);

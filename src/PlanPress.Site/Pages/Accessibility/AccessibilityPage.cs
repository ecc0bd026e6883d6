namespace PlanPress.Site.Pages;

/// <summary>
/// accessibility.html: the standard the site aims at, what was checked and how (the results part,
/// written by <c>planpress check --accessibility</c>), what no automated check proves, and whom to tell of a barrier.
/// </summary>
public sealed class AccessibilityPage : PageModel
{
    /// <summary>The comments around the results part, which <c>check --accessibility</c> replaces with what it found.</summary>
    public const string ResultsStart = "<!--planpress:accessibility-results-->";

    public const string ResultsEnd = "<!--/planpress:accessibility-results-->";

    public override string Template => "Accessibility.cshtml";

    /// <summary>What was checked: nothing yet when the site is built, until <c>check --accessibility</c> writes its report.</summary>
    public required AccessibilityResults Results { get; init; }

    /// <summary>site.yml's accessibility_contact as written; empty when not given.</summary>
    public required string Contact { get; init; }

    /// <summary>The contact as a link: mailto: for an e-mail address, the address itself for a web address; null for a sentence.</summary>
    public string? ContactHref => Contact switch
    {
        _ when Uri.TryCreate(Contact, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto) => uri.AbsoluteUri,
        _ when !Contact.Contains(' ', StringComparison.Ordinal) && Contact.IndexOf('@') is > 0 and var at && at < Contact.Length - 1 => "mailto:" + Contact,
        _ => null,
    };
}

/// <summary>The accessibility statement of a plan's site, in each of its languages.</summary>
public sealed class AccessibilityPageBuilder : IPageBuilder
{
    public IEnumerable<PageModel> Build(PageContext context)
    {
        yield return For(context.Site, context.Paths.Accessibility, context.Plan.Settings.AccessibilityContact);
    }

    /// <summary>The statement of a site (a plan's, or a portal's own), with no results until the built site is checked.</summary>
    public static AccessibilityPage For(SiteInfo site, string path, string contact) => new()
    {
        Site = site,
        Path = path,
        Heading = site.Text["accessibility"],
        Contact = contact,
        Results = new AccessibilityResults(null, site.Text, site.Language),
    };
}

using System.Xml.Linq;
using Microsoft.Playwright;
using PlanPress.Tests.Browser;

namespace PlanPress.Tests.Variants;

/// <summary>
/// Every kind of site PlanPress publishes (<see cref="SiteVariants"/>), checked as its readers use it:
/// every address it gives opens; every search entry is found and its result opens; every page of a
/// plan in two languages names its translations; every printed month's code scans to its page; on a
/// Spanish page no workbook English goes unmarked; and one page of each kind passes axe.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class VariantTests(ChromiumFixture chromium, SiteVariants variants) : IClassFixture<SiteVariants>
{
    [Theory]
    [MemberData(nameof(SiteVariants.Names), MemberType = typeof(SiteVariants))]
    public void Every_address_a_page_a_feed_a_calendar_the_sitemap_or_the_data_gives_opens(string name)
    {
        var variant = variants[name];
        var addresses = SiteAddresses.Of(variant.Site).Where(a => a.Address.Host == variant.Site.Root.Host).ToList();

        var failures = addresses
            .Select(a => (a, Why: variant.Site.WhyNotOpens(a.Address)))
            .Where(f => f.Why is not null)
            .Select(f => $"{f.a.From} {f.a.What}: {f.a.Address} {f.Why}")
            .Distinct()
            .ToList();

        // Enough of each kind of file was read that a broken one would be seen.
        Assert.True(addresses.Count(a => a.From.EndsWith(".xml", StringComparison.Ordinal)) > 20, "few feed and sitemap addresses were read");
        Assert.True(addresses.Count(a => a.From.EndsWith(".ics", StringComparison.Ordinal)) > 5, "few calendar addresses were read");
        Assert.True(failures.Count == 0, $"{failures.Count} addresses lead nowhere:\n" + string.Join("\n", failures.Take(30)));
    }

    [Theory]
    [MemberData(nameof(SiteVariants.Names), MemberType = typeof(SiteVariants))]
    public void Every_page_is_in_the_sitemap_a_search_engine_is_given_and_each_of_a_two_language_plan_names_its_translations(string name)
    {
        var variant = variants[name];
        var site = variant.Site;
        var listed = SitemapEntries(site, site.Address("sitemap.xml")).ToHashSet();
        var pages = site.Files("*.html").Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)).ToList();

        // A search page is left out: what it shows is the reader's query.
        var unlisted = pages.Where(p => !p.EndsWith("search.html", StringComparison.Ordinal) && !listed.Contains(site.Address(p))).ToList();
        Assert.True(unlisted.Count == 0, $"{unlisted.Count} pages are in no sitemap: " + string.Join(", ", unlisted.Take(10)));

        foreach (var plan in variant.TwoLanguagePlans)
        {
            foreach (var path in pages.Where(p => variant.PlanOf(p) == plan))
            {
                var alternates = site.Page(path).QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
                Assert.True(alternates.Keys.Order().SequenceEqual(["en", "es", "x-default"]), $"{path}: hreflang {string.Join(", ", alternates.Keys)}");
                Assert.All(alternates.Values, href => Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var address) && site.WhyNotOpens(address) is null, $"{path}: hreflang {href}"));
                Assert.Equal(alternates["en"], alternates["x-default"]);
                Assert.Equal(site.Address(path).AbsoluteUri, alternates[variant.LanguageOf(path)]);
            }
        }
    }

    /// <summary>The pages a sitemap lists, following a sitemap index to its sitemaps.</summary>
    private static IEnumerable<Uri> SitemapEntries(ServedSite site, Uri sitemap)
    {
        var file = site.FileAt(sitemap) ?? throw new InvalidOperationException($"{sitemap} is not on the site");
        var document = XDocument.Load(file);
        foreach (var loc in document.Descendants().Where(e => e.Name.LocalName == "loc"))
        {
            var address = new Uri(loc.Value.Trim());
            var entries = loc.Parent!.Name.LocalName == "sitemap" ? SitemapEntries(site, address) : [address];
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }
    }

    [Theory]
    [MemberData(nameof(SiteVariants.Names), MemberType = typeof(SiteVariants))]
    public async Task Every_search_entry_is_found_by_its_title_on_its_own_search_page_and_every_result_opens(string name)
    {
        var site = variants[name].Site;
        await using var context = await chromium.Browser.NewContextAsync();
        await site.ServeAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var searches = site.Files("search.html").ToList();

        foreach (var search in searches)
        {
            await page.GotoAsync(site.Address(search).AbsoluteUri);
            // The page's own search, asked each entry's title as a reader types it: the entry is among the results.
            var found = await page.EvaluateAsync<Found[]>(
                """
                () => {
                  const input = document.getElementById('search-query');
                  return window.planpressSearchIndex.map(entry => {
                    input.value = entry.title;
                    input.dispatchEvent(new Event('input'));
                    const results = [...document.querySelectorAll('#search-results a')].map(a => a.href);
                    return { title: entry.title, address: new URL(entry.url, location.href).href, results };
                  });
                }
                """);
            Assert.True(found.Length > 3, $"{search}: {found.Length} entries");
            failures.AddRange(found.Where(f => !f.Results.Contains(f.Address)).Select(f => $"{search}: “{f.Title}” does not find {f.Address}"));
            failures.AddRange(found.SelectMany(f => f.Results).Distinct()
                .Select(r => (r, Why: site.WhyNotOpens(new Uri(r))))
                .Where(r => r.Why is not null)
                .Select(r => $"{search}: the result {r.r} {r.Why}"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(30)));
    }

    /// <summary>One entry's title, where it leads, and the results its search lists (Playwright fills the properties).</summary>
    private sealed class Found
    {
        public string Title { get; set; } = "";

        public string Address { get; set; } = "";

        public string[] Results { get; set; } = [];
    }
}

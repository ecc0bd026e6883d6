using System.Xml.Linq;
using Microsoft.Playwright;
using PlanPress.Tests.Browser;

namespace PlanPress.Tests.Variants;

/// <summary>
/// Every kind of site PlanPress publishes (<see cref="SiteVariants"/>), checked as its readers use it:
/// every address it gives opens; every search entry is found and its result opens; every page of a
/// plan in two languages names its translations; every printed month's code scans to its page; on a
/// Spanish page no workbook English goes unmarked; and one page of each kind passes axe. axe and the
/// printed codes run only on the variants whose pages or addresses no other holds (<see cref="SiteVariants.Widest"/>,
/// <see cref="SiteVariants.DistinctAddresses"/>), and a test here keeps that true.
/// </summary>
[Collection(ChromiumVariantTests.Name)]
public sealed class VariantTests(ChromiumFixture chromium, SiteVariants variants)
{
    /// <summary>The plain portal is the two-language portal without its Spanish pages, file for file: what axe and the printed codes leave it to.</summary>
    [Fact]
    public void The_plain_portals_files_are_the_two_language_portals_without_its_spanish_ones()
    {
        var plain = variants[SiteVariants.Portal].Site.Files("*");
        var both = variants[SiteVariants.PortalWithTwoLanguages].Site.Files("*").Where(p => !p.StartsWith("riverside-elementary/es/", StringComparison.Ordinal));
        Assert.Equal(plain.Order(StringComparer.Ordinal), both.Order(StringComparer.Ordinal));
    }

    /// <summary>A tag HTML does not know is markup a template leaked (Razor's <c>&lt;text&gt;</c> written where it is not code) or a typo: a validator flags it, and a browser shows it unstyled.</summary>
    [Theory]
    [MemberData(nameof(SiteVariants.Names), MemberType = typeof(SiteVariants))]
    public void Every_element_of_every_page_is_one_html_knows(string name)
    {
        var site = variants[name].Site;
        var unknown = site.Files("*.html")
            .SelectMany(path => site.Page(path).QuerySelectorAll("*").OfType<AngleSharp.Html.Dom.IHtmlUnknownElement>().Select(e => $"{path}: <{e.LocalName}>"))
            .Distinct()
            .ToList();
        Assert.True(unknown.Count == 0, $"{unknown.Count} elements HTML does not know:\n" + string.Join("\n", unknown.Take(20)));
    }

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
            // A portal's index comes in pieces (search-shards.js): its entries are read whole, and each search waited for.
            // There, past the first results, each plan that holds the words is listed, leading to its own search: an entry is found when it is listed or its plan is.
            var found = await page.EvaluateAsync<Found[]>(
                """
                async () => {
                  const input = document.getElementById('search-query');
                  const sharded = !window.planpressSearchIndex;
                  const entries = sharded ? await window.planpressSearch.everything() : window.planpressSearchIndex;
                  const found = [];
                  for (const entry of entries) {
                    input.value = entry.title;
                    input.dispatchEvent(new Event('input'));
                    if (sharded) { await window.planpressSearch.shown; }
                    const results = [...document.querySelectorAll('#search-results a')].map(a => a.href);
                    const plans = [...document.querySelectorAll('#search-plans a')].map(a => new URL(a.href).pathname.split('/').slice(-2)[0]);
                    const address = new URL(entry.url, location.href).href;
                    found.push({ title: entry.title, address, results: results.includes(address) || (entry.plan && plans.includes(entry.plan)) ? [address, ...results] : results });
                  }
                  return found;
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

    [Fact]
    public async Task A_Spanish_plural_finds_its_singular_and_the_portals_search_says_what_each_plans_own_search_finds_besides()
    {
        var spanish = variants[SiteVariants.TwoLanguages].Site;
        var portal = variants[SiteVariants.Portal].Site;
        await using var context = await chromium.Browser.NewContextAsync();
        await spanish.ServeAsync(context);
        var page = await context.NewPageAsync();

        var singular = await ResultsAsync(page, spanish.Address("es/search.html"), "mentor");
        var plural = await ResultsAsync(page, spanish.Address("es/search.html"), "mentores");

        Assert.True(singular.Length > 10, $"{singular.Length} results");
        Assert.Equal(singular, plural);
        Assert.All(singular, r => Assert.StartsWith(spanish.Address("es/").AbsoluteUri, r, StringComparison.Ordinal));
        Assert.EndsWith("Each plan's own search finds its tasks, months, roles and terms too.", portal.Page("search.html").QuerySelector("main p")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Every result the search page at <paramref name="search"/> lists for <paramref name="query"/>, as the browser resolves each link.</summary>
    private static async Task<string[]> ResultsAsync(IPage page, Uri search, string query)
    {
        await page.GotoAsync(search.AbsoluteUri + "?q=" + Uri.EscapeDataString(query));
        await page.Locator("#search-results li").First.WaitForAsync(new() { Timeout = 10_000 });
        return await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
    }

    [Theory]
    [MemberData(nameof(SiteVariants.DistinctAddresses), MemberType = typeof(SiteVariants))]
    public async Task Every_month_printed_in_every_language_carries_a_code_that_scans_to_its_own_page(string name)
    {
        var site = variants[name].Site;
        await using var context = await chromium.Browser.NewContextAsync();
        await site.ServeAsync(context);
        var page = await context.NewPageAsync();
        var months = site.Files("*.html").Where(p => p.Contains("months/", StringComparison.Ordinal)).ToList();
        var failures = new List<string>();

        foreach (var month in months)
        {
            await page.GotoAsync(site.Address(month).AbsoluteUri);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "Letter", PrintBackground = true });
            // 150 dots to the inch: about what a phone's camera sees of a sheet held at reading distance.
            var scanned = PrintedCode.Read(pdf, dpi: 150);
            if (scanned != site.Address(month).AbsoluteUri)
            {
                failures.Add($"{month}: the printed code reads {scanned ?? "nothing"}");
            }
        }

        Assert.All(variants[name].Plans, plan => Assert.Contains(months, m => m.StartsWith(plan + "months/", StringComparison.Ordinal)));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(SiteVariants.Widest), MemberType = typeof(SiteVariants))]
    public async Task One_page_of_each_kind_in_each_language_has_no_axe_violations(string name)
    {
        var variant = variants[name];
        var site = variant.Site;
        await using var context = await chromium.Browser.NewContextAsync();
        await Axe.AddToAsync(context);
        await site.ServeAsync(context);
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        // The templates decide what axe checks, so one page of each (a folder's first, or a page at a
        // plan's top) for the portal and in each language of the plans; the site's 404.html where it is seen, at a
        // missing address (GitHub Pages serves only that one; es/404.html is reached by its language link).
        var pages = site.Files("*.html")
            .GroupBy(p => (variant.PlanOf(p) is null, variant.LanguageOf(p), Kind(p[(variant.PlanOf(p) ?? "").Length..])))
            .Select(g => g.First());
        foreach (var path in pages)
        {
            await page.GotoAsync(site.Address(path == "404.html" ? "no/such/page.html" : path).AbsoluteUri);
            Assert.Equal(variant.LanguageOf(path), await page.EvaluateAsync<string>("document.documentElement.lang"));
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        static string Kind(string path) => (path.StartsWith("es/", StringComparison.Ordinal) ? path[3..] : path).Split('/') is [var folder, _, ..] ? folder : path;
    }

    [Theory]
    [MemberData(nameof(SiteVariants.Names), MemberType = typeof(SiteVariants))]
    public void On_every_Spanish_page_workbook_English_is_marked_lang_en_wherever_it_shows(string name)
    {
        var variant = variants[name];
        var site = variant.Site;
        var failures = new List<string>();
        foreach (var plan in variant.TwoLanguagePlans)
        {
            var english = EnglishTexts(Path.Combine(site.Folder, plan, "plan.json"));
            Assert.True(english.Count > 20, $"{english.Count} English texts in {plan}plan.json");
            foreach (var path in site.Files("*.html").Where(p => p.StartsWith(plan + "es/", StringComparison.Ordinal)))
            {
                // The body: the page's title and description cannot mark a part of themselves, and a screen reader reads the page's language there.
                foreach (var element in site.Page(path).Body!.QuerySelectorAll("*").Where(e => e.LocalName is not ("script" or "style")))
                {
                    if (element.Closest("[lang]")?.GetAttribute("lang") is not { } language || !language.StartsWith("es", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var shown = element.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)
                        .Concat(Spoken.Select(element.GetAttribute).OfType<string>());
                    failures.AddRange(shown.Select(Collapse).Where(text => IsEnglish(text, english)).Select(text => $"{path}: <{element.LocalName}> in {language} shows “{text}”"));
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} texts:\n" + string.Join("\n", failures.Distinct().Take(30)));
    }

    /// <summary>The attributes a screen reader speaks, or a pointer shows, in the element's language.</summary>
    private static readonly string[] Spoken = ["aria-label", "title", "alt", "placeholder"];

    private static readonly char[] Between = [' ', ',', '.', ';', ':', '(', ')', '—', '–'];

    /// <summary>The words English is written with and Spanish is not: a text holding one of them is English.</summary>
    private static readonly HashSet<string> EnglishWords = new(["the", "and", "of", "to", "for", "each", "with", "by", "in", "on", "at", "is", "are", "from", "their", "our", "who", "will", "week", "weekly", "monthly"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The plan's own words in plan.json of its first language, of three words or more with an English one among them.</summary>
    private static HashSet<string> EnglishTexts(string planJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(planJson));
        var texts = new HashSet<string>(StringComparer.Ordinal);
        Walk(document.RootElement);
        return texts;

        void Walk(System.Text.Json.JsonElement element)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.String && IsWords(Collapse(element.GetString()!)))
            {
                texts.Add(Collapse(element.GetString()!));
            }

            var children = element.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
                System.Text.Json.JsonValueKind.Array => element.EnumerateArray(),
                _ => [],
            };
            foreach (var child in children)
            {
                Walk(child);
            }
        }
    }

    private static bool IsWords(string text) => Words(text) is { Length: >= 3 } words && words.Any(EnglishWords.Contains);

    /// <summary>Whether <paramref name="text"/> shows workbook English: the whole of a text, or three words or more of one with an English word.</summary>
    private static bool IsEnglish(string text, HashSet<string> english) =>
        text.Length > 0 && (english.Contains(text) || (IsWords(text) && english.Any(e => e.Contains(text, StringComparison.Ordinal) || text.Contains(e, StringComparison.Ordinal))));

    private static string[] Words(string text) => text.Split(Between, StringSplitOptions.RemoveEmptyEntries);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One entry's title, where it leads, and the results its search lists (Playwright fills the properties).</summary>
    private sealed class Found
    {
        public string Title { get; set; } = "";

        public string Address { get; set; } = "";

        public string[] Results { get; set; } = [];
    }
}

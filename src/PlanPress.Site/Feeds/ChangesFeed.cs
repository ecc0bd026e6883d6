using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PlanPress.Site.Pages;

namespace PlanPress.Site.Feeds;

/// <summary>
/// changes.xml: the plan's changes as an Atom feed (RFC 4287), one entry per day with that day's
/// changes, for a feed reader or an e-mail service. Written by System.ServiceModel.Syndication.
/// </summary>
public static class ChangesFeed
{
    public static string Write(PageContext context)
    {
        var site = context.Site;
        var paths = context.Paths;
        var root = context.Plan.Settings.Root;
        Uri Address(string path) => root is null ? new Uri(path, UriKind.Relative) : new Uri(root, path);
        var feedId = root is null ? $"urn:planpress:{site.Key}:changes" : Address(paths.ChangesFeed).AbsoluteUri;
        var days = context.Changes.Days();
        var updated = days.Count > 0 ? days[0].Date : context.Changes.Log!.Started;

        var feed = new SyndicationFeed(context.T["changes-feed-title", site.Title], context.T["changes-intro", context.Changes.Started!], Address(paths.Changes), feedId, Day(updated))
        {
            Language = site.Language,
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Organisation.Length > 0 ? site.Organisation : site.Title });
        feed.Links.Add(new SyndicationLink(Address(paths.ChangesFeed), "self", null, "application/atom+xml", 0));
        feed.Items = days.Select(day =>
        {
            var item = new SyndicationItem(
                context.T.Plural("changes-on", day.Count, day.InWords),
                new TextSyndicationContent(Html(day, Address), TextSyndicationContentKind.Html),
                Address($"{paths.Changes}#changes-{day.Iso}"),
                root is null ? $"{feedId}:{day.Iso}" : Address($"{paths.Changes}#changes-{day.Iso}").AbsoluteUri,
                Day(day.Date));
            item.PublishDate = Day(day.Date);
            return item;
        }).ToList();

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        // A StringBuilder's writer says utf-16 in the declaration; the file is written as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>A day's changes as the entry's HTML: each group's name, then its changes, each item linked while it is in the plan. Cell text is encoded, never trusted.</summary>
    private static string Html(ChangeDay day, Func<string, Uri> address)
    {
        var html = new StringBuilder();
        foreach (var group in day.Groups)
        {
            html.Append("<p><strong>").Append(WebUtility.HtmlEncode(group.Heading)).Append("</strong></p><ul>");
            foreach (var line in group.Items)
            {
                var title = WebUtility.HtmlEncode(line.Title);
                html.Append("<li>").Append(WebUtility.HtmlEncode(line.Kind))
                    .Append(title.Length == 0 ? " · " + (line.Path is { } place ? $"<a href=\"{WebUtility.HtmlEncode(address(place).ToString())}\">{WebUtility.HtmlEncode(line.Place)}</a>" : WebUtility.HtmlEncode(line.Place))
                        : line.Path is { } path ? $" <a href=\"{WebUtility.HtmlEncode(address(path).ToString())}\">{title}</a>" : " " + title)
                    .Append(" — ").Append(WebUtility.HtmlEncode(line.Summary)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }

    /// <summary>A day as the feed's time: its start, in UTC (the plan's dates carry no time).</summary>
    private static DateTimeOffset Day(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

using System.Text;
using System.Text.RegularExpressions;
using System.Web;

namespace PlanPress.Import.Sources;

/// <summary>
/// The address a share dialog gives, turned into the address of the workbook's file: a Google
/// Sheet's editing or viewing link into its export as .xlsx, a OneDrive or SharePoint share link
/// into its download, a Dropbox link into the file. Any other address is kept as it is.
/// </summary>
public static partial class ShareLink
{
    /// <summary>The download address, and what was done, for a note; the address itself and null when it is one already.</summary>
    public static (Uri Url, string? Said) Download(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        if (host == "docs.google.com" && GoogleSheet().Match(url.AbsolutePath) is { Success: true } sheet)
        {
            var id = sheet.Groups["id"].Value;
            var published = sheet.Groups["published"].Success;
            var rest = sheet.Groups["rest"].Value;
            if (published ? rest.StartsWith("/pub", StringComparison.Ordinal) && HttpUtility.ParseQueryString(url.Query)["output"] is "xlsx" or "csv"
                : rest.StartsWith("/export", StringComparison.Ordinal))
            {
                return (url, null);
            }

            // A file shared by link since 2021 may need its resource key to be fetched: it is kept.
            var key = HttpUtility.ParseQueryString(url.Query)["resourcekey"] is { Length: > 0 } resourceKey ? "&resourcekey=" + Uri.EscapeDataString(resourceKey) : string.Empty;
            var download = published
                ? new Uri($"https://docs.google.com/spreadsheets/d/e/{id}/pub?output=xlsx{key}")
                : new Uri($"https://docs.google.com/spreadsheets/d/{id}/export?format=xlsx{key}");
            return (download, "the Google Sheets link was turned into its download as a workbook, every sheet of it");
        }

        if (host.EndsWith(".sharepoint.com", StringComparison.Ordinal) && url.AbsolutePath.StartsWith("/:x:/", StringComparison.Ordinal))
        {
            return HttpUtility.ParseQueryString(url.Query)["download"] == "1"
                ? (url, null)
                : (With(url, "download", "1"), "the SharePoint share link was turned into its download");
        }

        if (host == "1drv.ms")
        {
            // OneDrive's short links are opened through its shares API, which gives the file itself.
            var token = "u!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(url.AbsoluteUri)).TrimEnd('=').Replace('/', '_').Replace('+', '-');
            return (new Uri($"https://api.onedrive.com/v1.0/shares/{token}/root/content"), "the OneDrive share link was turned into its download");
        }

        if (host == "onedrive.live.com" && url.AbsolutePath.ToLowerInvariant() is "/redir" or "/edit.aspx" or "/view.aspx" or "/redir.aspx")
        {
            return (new Uri($"https://onedrive.live.com/download{url.Query}"), "the OneDrive link was turned into its download");
        }

        if (host is "www.dropbox.com" or "dropbox.com" && HttpUtility.ParseQueryString(url.Query)["dl"] != "1")
        {
            return (With(url, "dl", "1"), "the Dropbox link was turned into its download");
        }

        return (url, null);
    }

    /// <summary>The address with one query parameter set.</summary>
    private static Uri With(Uri url, string key, string value)
    {
        var query = HttpUtility.ParseQueryString(url.Query);
        query[key] = value;
        return new UriBuilder(url) { Query = query.ToString() }.Uri;
    }

    /// <summary>"/spreadsheets/d/ID/edit", "/spreadsheets/d/e/PUBLISHED-ID/pubhtml".</summary>
    [GeneratedRegex(@"^/spreadsheets/d/(?:(?<published>e)/)?(?<id>[A-Za-z0-9_-]{10,})(?<rest>/.*)?$")]
    private static partial Regex GoogleSheet();
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PlanPress.Model.Diagnostics;

namespace PlanPress.Site;

/// <summary>
/// The page <c>serve</c> shows in place of every page while the last save broke the build: each
/// problem with its place, and a link to the last good build. Written here rather than through the
/// theme, because a broken theme is one of the problems it must show.
/// </summary>
public static class ProblemsPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(IReadOnlyList<Diagnostic> problems, bool hasLastGood)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>The plan has problems · PlanPress preview</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li{margin:.5rem 0}code{background:#f3f5f8;padding:.1rem .3rem}.error{color:#a0211a}</style></head><body><main>");
        html.Append("<h1>The last save broke the build</h1><p>Fix these and save again; this page reloads by itself.</p><ul class=\"problems\">");
        foreach (var problem in problems)
        {
            html.Append("<li class=\"").Append(problem.Severity == Severity.Error ? "error" : "warning").Append("\"><code>")
                .Append(Encoder.Encode(problem.Location.ToString())).Append("</code>: <strong>")
                .Append(problem.Severity.ToString().ToLowerInvariant()).Append("</strong>: ")
                .Append(Encoder.Encode(problem.Explanation)).Append("</li>");
        }

        html.Append("</ul>");
        if (hasLastGood)
        {
            html.Append("<p><a href=\"?last-good\">See the last good build</a></p>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }
}

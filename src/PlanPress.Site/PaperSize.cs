namespace PlanPress.Site;

/// <summary>The site's files as <c>pdf</c> prints them: the stylesheet with the paper's size (A4 or Letter) as its page size.</summary>
public static class PaperSize
{
    /// <param name="paper">"a4" or "letter".</param>
    public static IEnumerable<OutputFile> On(IEnumerable<OutputFile> files, string paper) =>
        files.Select(file => file.Path == SitePaths.Root.Asset("site.css")
            ? file with { Content = [.. file.Content, .. System.Text.Encoding.UTF8.GetBytes($"\n@page {{ size: {(paper == "a4" ? "A4" : "letter")}; }}\n")] }
            : file);
}

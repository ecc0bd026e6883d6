using System.Text;

namespace PlanPress.Site.Tests;

public sealed class SiteWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static readonly OutputFile Marker = Text(SiteWriter.MarkerFile, SiteWriter.MarkerText);

    [Fact]
    public void Replaces_a_previous_build_whole_leaving_no_stale_pages()
    {
        var output = _folder["site"];
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("old.html", "old"), Text("index.html", "v1")]));

        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v2"), Text("months/2023-10.html", "m")]));

        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "old.html")));
        Assert.True(File.Exists(Path.Combine(output, "months", "2023-10.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Leaves_a_folder_that_planpress_did_not_write_alone()
    {
        var output = _folder["documents"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "precious");

        var problem = SiteWriter.Replace(output, [Marker, Text("index.html", "site")]);

        Assert.NotNull(problem);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(output, "thesis.docx")));
        Assert.False(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Files_written_while_the_build_renders_become_the_site_only_on_commit()
    {
        var output = _folder["site"];
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v1")]));
        var index = Text("index.html", "v2");
        var dropped = Text("drafts/unused.html", "rendered, then left out of the site");

        using (var staged = new StagedSite(output))
        {
            staged.Add(index);
            staged.Add(dropped);
            Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));

            Assert.Null(staged.Commit([Marker, index, Text("months/2023-10.html", "m")]));
        }

        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("m", File.ReadAllText(Path.Combine(output, "months", "2023-10.html")));
        Assert.False(File.Exists(Path.Combine(output, "drafts", "unused.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_page_staged_and_then_given_again_at_commit_keeps_the_bytes_given_last()
    {
        var output = _folder["site"];

        using (var staged = new StagedSite(output))
        {
            staged.Add(Text("index.html", "draft"));
            Assert.Null(staged.Commit([Marker, Text("index.html", "final")]));
        }

        Assert.Equal("final", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_build_that_fails_after_writing_pages_leaves_the_previous_site_and_no_scratch()
    {
        var output = _folder["site"];
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v1")]));

        using (var staged = new StagedSite(output))
        {
            staged.Add(Text("index.html", "half-built"));
            staged.Add(Text("months/2023-10.html", "m"));
        }

        Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "months")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Pages_written_ahead_never_reach_a_folder_planpress_did_not_write()
    {
        var output = _folder["documents"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "precious");
        var index = Text("index.html", "site");

        using (var staged = new StagedSite(output))
        {
            staged.Add(index);
            Assert.NotNull(staged.Commit([Marker, index]));
        }

        Assert.Equal(["thesis.docx"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal(["documents"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }
}

using System.Text;

namespace PlanPress.Site.Tests;

public sealed class SiteWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static readonly OutputFile Marker = Text(SiteWriter.MarkerFile, SiteWriter.MarkerText);

    /// <summary>A build that stages <paramref name="files"/> and then fails: its staged site is disposed without a commit.</summary>
    private static void FailedBuild(string output, params OutputFile[] files)
    {
        using var failed = new StagedSite(output);
        foreach (var file in files)
        {
            failed.Add(file);
        }
    }

    /// <summary>A folder holding someone's document and no PlanPress marker, named as an output folder by mistake.</summary>
    private string SomeoneElsesFolder()
    {
        _folder.Write("documents/thesis.docx", "precious");
        return _folder["documents"];
    }

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
        var output = SomeoneElsesFolder();

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
    public void A_file_once_added_is_kept_by_the_build_as_its_path_alone_and_committed_with_the_bytes_added()
    {
        var output = _folder["site"];

        using (var staged = new StagedSite(output))
        {
            var kept = staged.Add(Text("index.html", "rendered"));
            Assert.Equal("index.html", kept.Path);
            Assert.Empty(kept.Content);

            // An empty file given at commit that Add did not give back is a file of its own, written as given.
            staged.Add(Text("empty.txt", "rendered first"));
            Assert.Null(staged.Commit([Marker, kept, new OutputFile("empty.txt", [])]));
        }

        Assert.Equal("rendered", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(string.Empty, File.ReadAllText(Path.Combine(output, "empty.txt")));
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
    public void A_page_given_again_while_staged_keeps_the_bytes_given_last()
    {
        var output = _folder["site"];

        using (var staged = new StagedSite(output))
        {
            foreach (var version in new[] { "1", "2", "3" })
            {
                staged.Add(Text("index.html", version));
            }

            Assert.Null(staged.CommitAll([Marker]));
        }

        Assert.Equal("3", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_page_linked_from_the_previous_site_and_then_given_other_bytes_leaves_the_previous_site_as_it_was()
    {
        var output = _folder["site"];
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("about.html", "about")]));

        // The first is the previous site's bytes, so it is linked to its file; the second must not be written into that file.
        FailedBuild(output, Text("about.html", "about"), Text("about.html", "about, edited"));

        Assert.Equal("about", File.ReadAllText(Path.Combine(output, "about.html")));
    }

    [Fact]
    public void A_rebuild_keeps_unchanged_pages_as_they_were_and_writes_the_changed_ones()
    {
        var output = _folder["site"];
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v1"), Text("about.html", "about")]));

        // The unchanged page is linked from the previous site; a failed build must leave that site whole.
        FailedBuild(output, Text("about.html", "about"));

        Assert.Equal("about", File.ReadAllText(Path.Combine(output, "about.html")));
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v2"), Text("about.html", "about")]));
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v2"), Text("about.html", "about, edited")]));

        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("about, edited", File.ReadAllText(Path.Combine(output, "about.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symbolic_link_planted_in_the_previous_site_is_not_carried_into_the_next()
    {
        var output = _folder["site"];
        var elsewhere = _folder["private/notes.txt"];
        // The page's text is the link's own target, so that even the link's size matches the page.
        var page = Text("index.html", elsewhere);
        Assert.Null(SiteWriter.Replace(output, [Marker, page]));
        _folder.Write("private/notes.txt", elsewhere);
        File.Delete(Path.Combine(output, "index.html"));
        File.CreateSymbolicLink(Path.Combine(output, "index.html"), elsewhere);

        Assert.Null(SiteWriter.Replace(output, [Marker, page]));

        var index = new FileInfo(Path.Combine(output, "index.html"));
        Assert.Null(index.LinkTarget);
        File.WriteAllText(elsewhere, "changed outside the site");
        Assert.Equal(elsewhere, File.ReadAllText(index.FullName));
    }

    [Fact]
    public void A_build_that_fails_after_writing_pages_leaves_the_previous_site_and_no_scratch()
    {
        var output = _folder["site"];
        Assert.Null(SiteWriter.Replace(output, [Marker, Text("index.html", "v1")]));

        FailedBuild(output, Text("index.html", "half-built"), Text("months/2023-10.html", "m"));

        Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "months")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Pages_written_ahead_never_reach_a_folder_planpress_did_not_write()
    {
        var output = SomeoneElsesFolder();
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

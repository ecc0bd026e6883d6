using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PlanPress.Import;
using YamlDotNet.RepresentationModel;

namespace PlanPress.Tests.Docs;

/// <summary>
/// The README and the guide in docs/ hold only what works: every link leads somewhere, every command
/// line is one PlanPress accepts, every site.yml example is read without a problem, the workflow
/// example uses only the action's own inputs, and the message shown is the one PlanPress writes.
/// </summary>
public sealed partial class DocsTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The README and every page of the guide, by path from the repository root.</summary>
    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>("README.md");
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(Repository.Root, page).Replace('\\', '/'));
        }

        return files;
    }

    private static MarkdownDocument Parse(string file) => Markdown.Parse(File.ReadAllText(Path.Combine(Repository.Root, file)), Pipeline);

    private static IEnumerable<FencedCodeBlock> Blocks(string file, params string[] languages) =>
        Parse(file).Descendants<FencedCodeBlock>().Where(b => languages.Contains(b.Info ?? string.Empty, StringComparer.Ordinal));

    private static string Text(FencedCodeBlock block) => string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_link_leads_to_a_file_or_a_heading_that_exists(string file)
    {
        var broken = new List<string>();
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var link in Parse(file).Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is { Length: > 0 }))
        {
            var url = link.Url!;
            if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var (target, anchor) = url.Split('#', 2) is [var path, var fragment] ? (path, fragment) : (url, null);
            var targetFile = target.Length == 0 ? file : Path.GetRelativePath(Repository.Root, Path.GetFullPath(Path.Combine(Repository.Root, Path.GetDirectoryName(file) ?? string.Empty, target))).Replace('\\', '/');
            if (!File.Exists(Path.Combine(Repository.Root, targetFile)) && !Directory.Exists(Path.Combine(Repository.Root, targetFile)))
            {
                broken.Add($"{url}: no {targetFile}");
            }
            else if (anchor is not null && !(anchors.TryGetValue(targetFile, out var headings) ? headings : anchors[targetFile] = Anchors(targetFile)).Contains(anchor))
            {
                broken.Add($"{url}: no heading \"{anchor}\" in {targetFile}");
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    /// <summary>The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string file) =>
        Parse(file).Descendants<HeadingBlock>()
            .Select(h => string.Concat(h.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()).Concat(h.Inline.Descendants<CodeInline>().Select(c => c.Content)) ?? []))
            .Select(heading => NotInAnchor().Replace(heading.ToLower(CultureInfo.InvariantCulture), string.Empty).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex NotInAnchor();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_command_line_is_one_planpress_accepts(string file)
    {
        var refused = new List<string>();
        foreach (var line in Blocks(file, "sh", string.Empty).SelectMany(b => Text(b).Split('\n')))
        {
            // "planpress build …" or "dotnet run --project src/PlanPress -- build …", its comment left off;
            // the synopsis lines ([--content DIR]) are not commands.
            var command = line.Split(" #", 2)[0].Trim();
            var arguments = command.StartsWith("planpress ", StringComparison.Ordinal) ? command["planpress ".Length..]
                : command.StartsWith("dotnet run", StringComparison.Ordinal) && command.Contains("src/PlanPress --", StringComparison.Ordinal) ? command.Split(" -- ", 2)[1]
                : null;
            if (arguments is null || arguments.Contains('[', StringComparison.Ordinal))
            {
                continue;
            }

            var result = Cli.Root(TextWriter.Null, new Reporting.Terminal(false, _ => null)).Parse(arguments);
            if (result.Errors.Count > 0)
            {
                refused.Add($"{command}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
            }
        }

        Assert.True(refused.Count == 0, string.Join('\n', refused));
    }

    [Fact]
    public void The_guide_shows_commands_that_are_checked()
    {
        // The test above has something to check: the README's and the commands page's command lines.
        var lines = Blocks("README.md", "sh").Concat(Blocks("docs/commands.md", "sh", string.Empty)).SelectMany(b => Text(b).Split('\n'));
        Assert.True(lines.Count(l => l.Contains("src/PlanPress --", StringComparison.Ordinal) || l.StartsWith("planpress ", StringComparison.Ordinal)) >= 5);
    }

    [Fact]
    public void The_portal_workflow_builds_slices_and_assembles_them_with_commands_planpress_accepts()
    {
        var workflow = Blocks("README.md", "yaml").Select(Text).Single(t => t.Contains("--slice", StringComparison.Ordinal));
        var commands = workflow.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("- run: dotnet run --project src/PlanPress", StringComparison.Ordinal))
            .Select(l => l.Split(" -- ", 2)[1].Split(" || ", 2)[0].Replace("${{ matrix.slice }}", "1", StringComparison.Ordinal).Replace("${{ needs.date.outputs.as-of }}", "2024-03-15", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["build", "assemble"], commands.Select(c => c.Split(' ')[0]));
        Assert.All(commands, c => Assert.Empty(Cli.Root(TextWriter.Null, new Reporting.Terminal(false, _ => null)).Parse(c).Errors));
        Assert.Contains("include-hidden-files: true", workflow, StringComparison.Ordinal);
        // A portal published with some plans not updated (exit code 3) is deployed; a pull request never is.
        Assert.All(workflow.Split('\n').Where(l => l.TrimStart().StartsWith("- run: dotnet run --project src/PlanPress", StringComparison.Ordinal)), l => Assert.EndsWith("|| [ $? -eq 3 ]", l.TrimEnd(), StringComparison.Ordinal));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(workflow));
        var deploy = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["deploy"];
        Assert.Equal("github.event_name != 'pull_request'", deploy["if"].ToString());
    }

    [Fact]
    public void Every_site_yml_example_is_read_without_a_problem()
    {
        using var folder = new TempFolder();
        var examples = Blocks("docs/settings.md", "yaml").Select(Text).ToList();
        Assert.True(examples.Count >= 2, "the settings page shows site.yml");
        foreach (var example in examples)
        {
            var file = folder.Write("site.yml", example);
            var read = SiteConfig.Read(file);
            Assert.True(read.Diagnostics.All(d => d.Severity < Model.Diagnostics.Severity.Warning), $"{example}\n→ {string.Join('\n', read.Diagnostics)}");
        }
    }

    [Fact]
    public void The_workflow_example_uses_the_action_with_its_own_inputs()
    {
        var action = new YamlStream();
        action.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "action.yml"))));
        var inputs = ((YamlMappingNode)((YamlMappingNode)action.Documents[0].RootNode)["inputs"]).Children.Keys.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);

        var workflow = new YamlStream();
        workflow.Load(new StringReader(Text(Blocks("docs/publishing.md", "yaml").Single())));
        var uses = workflow.Documents[0].AllNodes.OfType<YamlMappingNode>()
            .Where(step => step.Children.TryGetValue("uses", out var used) && used.ToString().EndsWith("/planpress@main", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(3, uses.Count);
        foreach (var step in uses.Where(s => s.Children.ContainsKey("with")))
        {
            Assert.All(((YamlMappingNode)step["with"]).Children.Keys, key => Assert.Contains(key.ToString(), inputs));
        }

        // Every input the page's table lists is one the action has.
        var table = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "publishing.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]);
        Assert.All(table, input => Assert.Contains(input, inputs));
    }

    [Fact]
    public async Task The_message_the_README_shows_is_the_one_planpress_writes()
    {
        var shown = Blocks("README.md", string.Empty).Select(Text).Single(t => t.Contains(": error: ", StringComparison.Ordinal));
        using var folder = new TempFolder();
        var content = folder.CopyFolder(Repository.Content, "content");
        File.Delete(Path.Combine(content, "calendar.xlsx"));
        new XlsxBuilder().Sheet("Calendar", ["Month", "Task", "Who"], ["October 2023", "Assess needs", "Program Coordinator"], ["Novembr 2023", "Recruit", "Program Coordinator"]).Save(Path.Combine(content, "calendar.xlsx"));

        var run = await PlanPressRun.StartAsync("check", "--content", content, "--theme", Repository.Theme, "--as-of", "2024-03-15");

        // The same words after the cell, whose address differs (A14 in the README's calendar, A3 here).
        var words = shown.Split(": error: ", 2)[1].Trim();
        Assert.Contains("calendar.xlsx [Calendar] A3: error: " + words, run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

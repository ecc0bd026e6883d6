using YamlDotNet.RepresentationModel;

namespace PlanPress.Tests.Publishing;

/// <summary>The GitHub Actions workflow that publishes the plan: read as YAML and checked step by step.</summary>
public sealed class PublishWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "publish.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Map(Map(Workflow, "jobs"), job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    private static IEnumerable<string> Uses(string job) => Steps(job).Where(s => s.Children.ContainsKey(new YamlScalarNode("uses"))).Select(s => Text(s, "uses"));

    private static IEnumerable<string> Runs(string job) => Steps(job).Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => Text(s, "run"));

    [Fact]
    public void It_runs_on_pushes_to_the_default_branch_and_on_pull_requests()
    {
        var on = Map(Workflow, "on");

        Assert.Equal(["main"], ((YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")]).Children.Select(b => ((YamlScalarNode)b).Value));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
    }

    [Fact]
    public void A_push_sets_up_dotnet_with_a_nuget_cache_builds_the_site_and_uploads_it_for_pages()
    {
        Assert.Equal(["actions/checkout@v4", "actions/setup-dotnet@v4", "actions/cache@v4", "actions/upload-pages-artifact@v3"], Uses("build"));
        Assert.Contains(Runs("build"), r => r.Contains("src/PlanPress", StringComparison.Ordinal) && r.EndsWith("-- build", StringComparison.Ordinal));
        var cache = Steps("build").Single(s => s.Children.ContainsKey(new YamlScalarNode("uses")) && Text(s, "uses") == "actions/cache@v4");
        Assert.Equal("~/.nuget/packages", Text(Map(cache, "with"), "path"));
        Assert.Equal("site-output", Text(Map(Steps("build").Last(), "with"), "path"));
        Assert.Equal("github.event_name != 'pull_request'", Text(Map(Map(Workflow, "jobs"), "build"), "if"));
    }

    [Fact]
    public void The_deploy_job_has_the_permissions_environment_and_concurrency_pages_needs()
    {
        var deploy = Map(Map(Workflow, "jobs"), "deploy");

        Assert.Equal("build", Text(deploy, "needs"));
        Assert.Equal("write", Text(Map(deploy, "permissions"), "pages"));
        Assert.Equal("write", Text(Map(deploy, "permissions"), "id-token"));
        Assert.Equal("github-pages", Text(Map(deploy, "environment"), "name"));
        Assert.Equal(["actions/deploy-pages@v4"], Uses("deploy"));
        Assert.Equal("false", Text(Map(Workflow, "concurrency"), "cancel-in-progress"));
    }

    [Fact]
    public void A_pull_request_runs_planpress_check_and_the_tests()
    {
        Assert.Equal("github.event_name == 'pull_request'", Text(Map(Map(Workflow, "jobs"), "check"), "if"));
        Assert.Contains(Runs("check"), r => r.EndsWith("-- check", StringComparison.Ordinal));
        Assert.Contains("bash scripts/test.sh", Runs("check"));
    }
}

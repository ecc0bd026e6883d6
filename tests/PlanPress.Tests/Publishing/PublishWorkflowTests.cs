using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PlanPress.Tests.Publishing;

/// <summary>
/// The GitHub Actions workflow that publishes the plan and the action (action.yml) it and a
/// school's own repository use: read as YAML and checked for what must hold whatever their wording
/// and the versions of the actions they use (the jobs and steps it needs, in their order, with their
/// permissions and conditions); the exit-code handling and the script that decides whether a build
/// is new are run for real.
/// </summary>
public sealed class PublishWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load(Path.Combine(".github", "workflows", "publish.yml"));

    private static readonly YamlMappingNode Action = Load("action.yml");

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, path))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode? Find(YamlNode node, string key) => ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)Find(node, key)!;

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)Find(node, key)!).Value!;

    private static string? TextOrNull(YamlNode node, string key) => (Find(node, key) as YamlScalarNode)?.Value;

    private static YamlMappingNode Job(string name) => Map(Map(Workflow, "jobs"), name);

    private static List<YamlMappingNode> Steps(YamlMappingNode owner) => ((YamlSequenceNode)Find(owner, "steps")!).Children.Cast<YamlMappingNode>().ToList();

    /// <summary>The actions a job's steps use, by name without their version ("actions/checkout"): a version bump changes nothing that matters here.</summary>
    private static IEnumerable<string> Uses(YamlMappingNode owner) => Steps(owner).Select(ActionOf).OfType<string>();

    private static string? ActionOf(YamlMappingNode step) => TextOrNull(step, "uses")?.Split('@')[0];

    private static YamlMappingNode UsesStep(YamlMappingNode owner, string uses) => Steps(owner).Single(s => ActionOf(s) == uses);

    private static List<YamlMappingNode> ActionSteps => Steps(Map(Action, "runs"));

    [Fact]
    public void It_runs_on_pushes_to_the_default_branch_on_pull_requests_and_every_morning()
    {
        var on = Map(Workflow, "on");

        Assert.Equal(["main"], ((YamlSequenceNode)Find(Map(on, "push"), "branches")!).Children.Select(b => ((YamlScalarNode)b).Value));
        Assert.NotNull(Find(on, "pull_request"));
        var cron = Text(((YamlSequenceNode)Find(on, "schedule")!).Children[0], "cron");
        Assert.Matches(@"^\d+ \d+ \* \* \*$", cron);
    }

    [Fact]
    public void A_push_or_the_schedule_builds_the_site_with_the_action_and_a_nuget_cache()
    {
        var build = Job("build");

        Assert.Equal("github.event_name != 'pull_request'", Text(build, "if"));
        Assert.Equal(["actions/checkout", "actions/cache", "./"], Uses(build));
        Assert.Equal("~/.nuget/packages", Text(Map(UsesStep(build, "actions/cache"), "with"), "path"));
        Assert.Equal("build", Text(Map(UsesStep(build, "./"), "with"), "command"));
        Assert.Equal("${{ steps.site.outputs.changed }}", Text(Map(build, "outputs"), "changed"));
    }

    [Fact]
    public void The_action_builds_with_planpress_and_uploads_the_site_folder_only_when_it_changed()
    {
        Assert.Equal("composite", Text(Map(Action, "runs"), "using"));
        Assert.Equal("site-output", Text(Map(Map(Action, "inputs"), "output"), "default"));
        Assert.Contains(ActionSteps, s => ActionOf(s) == "actions/setup-dotnet");
        var build = ActionSteps.Single(s => TextOrNull(s, "name") == "Build the site");
        Assert.Contains("src/PlanPress", Text(build, "run"), StringComparison.Ordinal);
        Assert.Contains(" build --content \"$CONTENT\" --output \"$OUTPUT\" --history-from published", Text(build, "run"), StringComparison.Ordinal);
        var upload = ActionSteps.Single(s => ActionOf(s) == "actions/upload-pages-artifact");
        Assert.Equal("${{ inputs.output }}", Text(Map(upload, "with"), "path"));
        Assert.Contains("steps.compare.outputs.changed == 'true'", Text(upload, "if"), StringComparison.Ordinal);
        Assert.Contains("scripts/site-fingerprint.sh", Text(ActionSteps.Single(s => TextOrNull(s, "id") == "compare"), "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_builds_over_the_site_built_last_and_publishes_a_portal_whose_plans_partly_failed_with_a_warning()
    {
        var names = ActionSteps.Select(s => TextOrNull(s, "name") ?? ActionOf(s)).ToList();
        var restore = ActionSteps.Single(s => ActionOf(s) == "actions/cache/restore" && Text(Map(s, "with"), "path") == "${{ inputs.output }}");
        var save = ActionSteps.Single(s => ActionOf(s) == "actions/cache/save" && Text(Map(s, "with"), "path") == "${{ inputs.output }}");

        // Restored before the build (a portal's broken plan keeps its last good pages from it), saved after.
        Assert.True(ActionSteps.IndexOf(restore) < names.IndexOf("Build the site") && names.IndexOf("Build the site") < ActionSteps.IndexOf(save));
        Assert.Equal("planpress-site-", Text(Map(restore, "with"), "restore-keys"));
        var run = Text(ActionSteps.Single(s => TextOrNull(s, "name") == "Build the site"), "run");
        Assert.Contains("[ \"$code\" -eq 3 ] && echo \"::warning::", run, StringComparison.Ordinal);
        Assert.Contains("|| exit \"$code\"", run, StringComparison.Ordinal);

        // Run as GitHub runs a step's bash (-e, pipefail), with PlanPress's exit code in its place.
        foreach (var (code, expected) in new[] { (0, 0), (3, 0), (1, 1) })
        {
            using var bash = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", $"(exit {code}) {run[run.IndexOf("||", StringComparison.Ordinal)..]}"]) { RedirectStandardOutput = true })!;
            var output = bash.StandardOutput.ReadToEnd();
            bash.WaitForExit();
            Assert.Equal(expected, bash.ExitCode);
            Assert.Equal(code == 3, output.Contains("::warning::Some plans of the portal were not updated", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_job_that_checks_out_the_repository_may_read_it_even_where_it_sets_permissions_of_its_own()
    {
        // A job's permissions replace the workflow's; without contents: read, checkout fails in a private repository.
        var jobs = Map(Workflow, "jobs").Children.Select(j => (Name: ((YamlScalarNode)j.Key).Value!, Job: (YamlMappingNode)j.Value)).ToList();

        Assert.Contains(jobs, j => Find(j.Job, "permissions") is not null);
        Assert.All(
            jobs.Where(j => Uses(j.Job).Contains("actions/checkout")),
            j => Assert.Equal("read", Find(j.Job, "permissions") is { } own ? TextOrNull(own, "contents") : Text(Map(Workflow, "permissions"), "contents")));
    }

    [Fact]
    public void The_deploy_job_has_what_pages_needs_runs_only_for_a_changed_site_and_records_it()
    {
        var deploy = Job("deploy");

        Assert.Equal("build", Text(deploy, "needs"));
        Assert.Equal("needs.build.outputs.changed == 'true'", Text(deploy, "if"));
        Assert.Equal("write", Text(Map(deploy, "permissions"), "pages"));
        Assert.Equal("write", Text(Map(deploy, "permissions"), "id-token"));
        Assert.Equal("github-pages", Text(Map(deploy, "environment"), "name"));
        Assert.Equal("actions/deploy-pages", Uses(deploy).First());
        Assert.Equal("published", Text(Map(UsesStep(deploy, "./"), "with"), "command"));
        Assert.Equal("false", Text(Map(Workflow, "concurrency"), "cancel-in-progress"));
    }

    [Fact]
    public void A_pull_request_runs_planpress_check_and_the_tests_only_when_code_changed()
    {
        var check = Job("check");

        Assert.Equal("github.event_name == 'pull_request'", Text(check, "if"));
        Assert.Equal("check", Text(Map(UsesStep(check, "./"), "with"), "command"));
        var tests = Steps(check).Single(s => TextOrNull(s, "run") == "bash scripts/test.sh");
        Assert.Equal("steps.changes.outputs.code == 'true'", Text(tests, "if"));
        Assert.Contains("grep -qv '^content/'", Text(Steps(check).Single(s => TextOrNull(s, "id") == "changes"), "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_run_step_of_the_workflow_and_the_action_is_a_bash_script_that_parses()
    {
        var jobs = Map(Workflow, "jobs").Children.Values.Cast<YamlMappingNode>();
        var runs = jobs.SelectMany(Steps).Concat(ActionSteps).Select(s => TextOrNull(s, "run")).OfType<string>().ToList();

        Assert.True(runs.Count >= 5, $"{runs.Count} run steps");
        foreach (var run in runs)
        {
            // GitHub puts each ${{ expression }} in before bash reads the script: a word in its place.
            var script = System.Text.RegularExpressions.Regex.Replace(run, @"\$\{\{[^}]*\}\}", "value");
            using var bash = Process.Start(new ProcessStartInfo("bash", ["--noprofile", "--norc", "-n", "-c", script]) { RedirectStandardError = true })!;
            var problem = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.True(bash.ExitCode == 0, $"{problem}\n{run}");
        }
    }

    [Fact]
    public void The_fingerprint_script_says_a_rebuilt_site_is_unchanged_and_an_edited_one_changed()
    {
        using var folder = new TempFolder();
        folder.Write("site/index.html", "<h1>Plan</h1>");
        folder.Write("site/months/2024-03.html", "<h1>March</h1>");
        var first = Fingerprint(folder["site"], null);
        File.WriteAllText(folder["recorded"], first["fingerprint"] + "\n");

        var same = Fingerprint(folder["site"], folder["recorded"]);
        folder.Write("site/months/2024-03.html", "<h1>March</h1><p>Updated</p>");
        var edited = Fingerprint(folder["site"], folder["recorded"]);

        Assert.Equal("true", first["changed"]);
        Assert.Matches("^[0-9a-f]{64}$", first["fingerprint"]);
        Assert.Equal(("false", first["fingerprint"]), (same["changed"], same["fingerprint"]));
        Assert.Equal("true", edited["changed"]);
        Assert.NotEqual(first["fingerprint"], edited["fingerprint"]);
    }

    private static Dictionary<string, string> Fingerprint(string site, string? recorded)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(Repository.Root, "scripts", "site-fingerprint.sh"), site, recorded ?? string.Empty })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }
}

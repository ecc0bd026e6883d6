using PlanPress.Model.Diagnostics;

namespace PlanPress.Import.Tests;

public sealed class SettingsYamlTests
{
    [Fact]
    public void Reads_key_value_lines_with_their_lines()
    {
        var (entries, problem) = SettingsYaml.Read("title: Plan\n# a comment\nlanguage: es\n", "site.yml");

        Assert.Null(problem);
        Assert.Equal([new SettingsEntry("title", "Plan", 1), new SettingsEntry("language", "es", 3)], entries);
    }

    [Theory]
    [InlineData("a: &a [1,2]\nb: [*a,*a]\n", "line 1", "YAML anchor (&a)")]
    [InlineData("a: *a\n", "line 1", "YAML alias (*a)")]
    [InlineData("- one\n- two\n", "line 1", "a list")]
    [InlineData("title: [unclosed\n", "line 2", "not valid YAML")]
    // Found by the fuzzer in bench/PlanPress.Fuzz: YamlDotNet's scanner threw InvalidOperationException.
    [InlineData("? [*a---\ntitle: ---\n[  ", null, "not valid YAML")]
    public void Refuses_what_it_cannot_read_safely_with_one_problem(string yaml, string? line, string message)
    {
        var (entries, problem) = SettingsYaml.Read(yaml, "site.yml");

        Assert.Empty(entries);
        Assert.NotNull(problem);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(line, problem.Location.Cell);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}

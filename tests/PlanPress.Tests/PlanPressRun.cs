namespace PlanPress.Tests;

/// <summary>What one run of the planpress command line returned and printed.</summary>
public sealed record PlanPressRun(int ExitCode, string Output)
{
    /// <summary>Runs the command line in this process, as `planpress args…` would with its output piped.</summary>
    public static Task<PlanPressRun> StartAsync(params string[] args) => StartAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs the command line in this process with these environment variables (and no others).</summary>
    public static async Task<PlanPressRun> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        var terminal = new Reporting.Terminal(IsInteractive: false, name => environment.GetValueOrDefault(name));
        var exitCode = await Cli.RunAsync(args, output, output, terminal);
        return new PlanPressRun(exitCode, output.ToString());
    }

    /// <summary>A stack trace means an exception escaped to the user.</summary>
    public bool ShowsStackTrace => Output.Contains("   at ", StringComparison.Ordinal) || Output.Contains("Exception", StringComparison.Ordinal);
}

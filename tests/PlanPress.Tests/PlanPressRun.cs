namespace PlanPress.Tests;

/// <summary>What one run of the planpress command line returned and printed.</summary>
public sealed record PlanPressRun(int ExitCode, string Output)
{
    /// <summary>Runs the command line in this process, as `planpress args…` would.</summary>
    public static async Task<PlanPressRun> StartAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await Cli.RunAsync(args, output, output);
        return new PlanPressRun(exitCode, output.ToString());
    }

    /// <summary>A stack trace means an exception escaped to the user.</summary>
    public bool ShowsStackTrace => Output.Contains("   at ", StringComparison.Ordinal) || Output.Contains("Exception", StringComparison.Ordinal);
}

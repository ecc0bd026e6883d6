namespace PlanPress.Reporting;

/// <summary>Where a command runs: whether its output is an interactive terminal, and its environment variables.</summary>
public sealed record Terminal(bool IsInteractive, Func<string, string?> Variable)
{
    public static Terminal Current { get; } = new(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable);
}

using System.CommandLine;
using PlanPress.Commands;

namespace PlanPress;

/// <summary>The <c>planpress</c> command line: parses arguments and hands each command its options.</summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("PlanPress publishes school and district plans kept in spreadsheets as a static, printable website.")
        {
            BuildCommand.Create(output),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }
}

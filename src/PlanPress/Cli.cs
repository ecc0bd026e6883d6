using System.CommandLine;
using PlanPress.Commands;
using PlanPress.Reporting;

namespace PlanPress;

/// <summary>The <c>planpress</c> command line: parses arguments and hands each command its options.</summary>
public static class Cli
{
    /// <param name="terminal">Whether output goes to a terminal (progress and colour are shown only there), and the environment.</param>
    /// <param name="cancellation">Stops a long-running command (serve) as Ctrl+C does.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Terminal terminal, CancellationToken cancellation = default)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await Root(output, terminal).Parse(args).InvokeAsync(configuration, cancellation).ConfigureAwait(false);
    }

    /// <summary>Every command with its options, as parsed (the documentation's examples are parsed against it).</summary>
    public static RootCommand Root(TextWriter output, Terminal terminal) =>
        new("PlanPress publishes school and district plans kept in spreadsheets as a static, printable website.")
        {
            BuildCommand.Create(output, terminal),
            CheckCommand.Create(output, terminal),
            NewCommand.Create(output),
            ServeCommand.Create(output, terminal),
            PdfCommand.Create(output, terminal),
            AssembleCommand.Create(output, terminal),
        };
}

using System.CommandLine;
using PlanPress.Model.Diagnostics;
using PlanPress.Portals;
using PlanPress.Reporting;

namespace PlanPress.Commands;

/// <summary><c>planpress assemble</c>: join the slices of a portal built apart (<c>build --slice K/N</c>) into the portal's site.</summary>
public static class AssembleCommand
{
    public static Command Create(TextWriter output, Terminal terminal)
    {
        var options = new CommonOptions();
        var outputFolder = new Option<string>("--output") { Description = "The folder the portal is written to; replaced only when the assembly succeeds.", DefaultValueFactory = _ => "site-output" };
        var slices = new Argument<string[]>("SLICES") { Description = "The output folders of build --slice 1/N … N/N.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("assemble", "Join a portal's slices, each built by build --slice K/N (on a job of its own), into the portal's site: every plan's pages, and the portal's pages from the slices' roll-ups.") { slices };
        options.AddTo(command);
        command.Options.Add(outputFolder);
        command.SetAction((result, _) => RunAsync(
            new Reporter(output, options.Verbosity(result), terminal),
            result.GetValue(options.Content)!,
            options.ThemeFolder(result),
            result.GetValue(outputFolder)!,
            result.GetValue(options.AsOf),
            result.GetValue(slices)!));
        return command;
    }

    public static async Task<int> RunAsync(Reporter reporter, string content, string themeFolder, string outputFolder, string? asOfText, IReadOnlyList<string> slices)
    {
        if (CommonOptions.ReadAsOf(asOfText, out var asOf) is { } notADate)
        {
            return reporter.Failed("Assembly", [notADate], outputFolder);
        }

        var problem = Paths.ReplaceableProblem("--output", outputFolder, content, themeFolder);
        if (problem is not null || slices.Any(s => Paths.IsInside(s, outputFolder)))
        {
            return reporter.Failed("Assembly", [problem ?? Diagnostic.Error(new SourceLocation("--output"), $"The output folder {outputFolder} holds a slice, which replacing it would delete.", "a folder of its own for the portal")], unchanged: null);
        }

        return await PortalCommands.AssembleAsync(reporter, content, themeFolder, outputFolder, asOf, slices).ConfigureAwait(false);
    }
}

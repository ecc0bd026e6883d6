using System.CommandLine;
using PlanPress.Starter;

namespace PlanPress.Commands;

/// <summary><c>planpress new [DIR]</c>: write starter content that builds right away.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string>("DIR") { Description = "The project folder; content/ is written inside it.", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite starter files that already exist." };
        var portal = new Option<bool>("--portal") { Description = "Write a starter portal instead: its site.yml, a plans.xlsx listing its plans, and three example plans under content/plans/." };
        var command = new Command("new", "Write a starter project: site.yml, calendar, action plan and improvement plan workbooks, a pairs workbook with their Mentoring Action Plans, an example page and a .gitignore that keeps personal files out of git.") { folder, force };
        command.Options.Add(portal);
        command.SetAction(result => Run(output, result.GetValue(folder)!, result.GetValue(force), DateOnly.FromDateTime(DateTime.Today), result.GetValue(portal)));
        return command;
    }

    public static int Run(TextWriter output, string folder, bool force, DateOnly today, bool portal = false)
    {
        var files = (portal ? StarterPortal.Files(today) : StarterProject.Files(today)).Select(f => (Path: Path.Combine(folder, f.Path), f.Write)).ToList();
        var existing = files.Where(f => File.Exists(f.Path) && Path.GetFileName(f.Path) != StarterProject.GitIgnoreFile).Select(f => f.Path.Replace('\\', '/')).ToList();
        if (existing.Count > 0 && !force)
        {
            output.WriteLine($"{existing[0]}: error: The file already exists; nothing was written. Expected a folder without starter files, or --force to overwrite them.");
            foreach (var path in existing.Skip(1))
            {
                output.WriteLine($"{path}: error: The file already exists.");
            }

            return 1;
        }

        foreach (var (path, write) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            write(path);
            output.WriteLine($"wrote {path.Replace('\\', '/')}");
        }

        output.WriteLine(portal ? "Starter portal ready. Next:" : "Starter project ready. Next:");
        foreach (var line in NextSteps(folder, fromCheckout: File.Exists("PlanPress.sln") && Directory.Exists(Path.Combine("src", "PlanPress"))))
        {
            output.WriteLine(line);
        }

        return 0;
    }

    /// <summary>
    /// The commands to run next, as they will work where the user is: an installed planpress from
    /// inside the new folder, or, from a checkout of PlanPress (where there is no planpress command),
    /// dotnet run with the new folder's content.
    /// </summary>
    public static IEnumerable<string> NextSteps(string folder, bool fromCheckout)
    {
        static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
        if (fromCheckout)
        {
            var content = Quoted(Path.Combine(folder, "content").Replace('\\', '/'));
            var output = Quoted(Path.Combine(folder, "site-output").Replace('\\', '/'));
            yield return $"  dotnet run --project src/PlanPress -- serve --content {content}                    # preview the site; it rebuilds each time you save a workbook";
            yield return $"  dotnet run --project src/PlanPress -- build --content {content} --output {output}   # write the site, ready to publish";
            yield break;
        }

        if (folder != ".")
        {
            yield return $"  cd {Quoted(folder)}";
        }

        yield return "  planpress serve     # preview the site; it rebuilds each time you save a workbook";
        yield return "  planpress build     # write the site into site-output/, ready to publish";
    }
}

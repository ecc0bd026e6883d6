namespace PlanPress.Testing;

/// <summary>Paths in this repository: the sample content, the default theme and the test fixtures.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Theme => Path.Combine(Root, "themes", "default");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlanPress.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the PlanPress repository: no PlanPress.sln above " + AppContext.BaseDirectory);
    }
}

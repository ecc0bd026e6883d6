namespace PlanPress.Site;

/// <summary>PlanPress's folder in the user's cache: compiled themes and fetched workbooks, kept between runs and never published.</summary>
public static class CacheFolder
{
    /// <summary>
    /// PLANPRESS_CACHE if set, else the user's cache folder (XDG_CACHE_HOME or ~/.cache; on Windows
    /// the local application data folder) with "planpress" added; <paramref name="part"/> within it.
    /// </summary>
    /// <param name="variable">Reads an environment variable (the process's own when not given).</param>
    public static string Of(string part, Func<string, string?>? variable = null)
    {
        variable ??= Environment.GetEnvironmentVariable;
        var root = variable("PLANPRESS_CACHE") is { Length: > 0 } set
            ? set
            : Path.Combine(UserCache(variable), "planpress");
        return Path.Combine(root, part);
    }

    private static string UserCache(Func<string, string?> variable) =>
        OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
        : variable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
}

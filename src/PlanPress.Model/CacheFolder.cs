namespace PlanPress.Model;

/// <summary>PlanPress's folder in the user's cache: compiled themes and fetched workbooks, kept between runs and never published.</summary>
public static class CacheFolder
{
    /// <summary>
    /// PLANPRESS_CACHE if set, else the user's cache folder (XDG_CACHE_HOME or ~/.cache; on Windows
    /// the local application data folder) with "planpress" added; <paramref name="part"/> within it.
    /// </summary>
    public static string Of(string part)
    {
        var root = Environment.GetEnvironmentVariable("PLANPRESS_CACHE") is { Length: > 0 } set
            ? set
            : Path.Combine(UserCache(), "planpress");
        return Path.Combine(root, part);
    }

    private static string UserCache() =>
        OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
        : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
}

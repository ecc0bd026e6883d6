using System.Runtime.InteropServices;

namespace PlanPress.Site;

/// <summary>A second name for an existing file (link(2) on Linux and macOS, CreateHardLinkW on Windows), where the file system has them.</summary>
internal static partial class HardLink
{
    /// <summary>Whether <paramref name="created"/> now names the file <paramref name="existing"/> names; false, with nothing made, where the file system or platform has no hard links.</summary>
    public static bool TryCreate(string existing, string created)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLink(created, existing, IntPtr.Zero) : Link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLink(string created, string existing, IntPtr security);
}

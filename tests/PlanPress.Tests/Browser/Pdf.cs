using System.Text;
using System.Text.RegularExpressions;

namespace PlanPress.Tests.Browser;

/// <summary>Reads what the print tests need from a PDF Chromium wrote.</summary>
public static partial class Pdf
{
    /// <summary>How many pages: Chromium writes each page's dictionary uncompressed, "/Type /Page".</summary>
    public static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();
}

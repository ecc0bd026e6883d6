using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace PlanPress.Tests.Browser;

/// <summary>
/// What a printed sheet holds, measured in the PDF Chromium wrote (points, 72 to the inch, y upwards):
/// its letters with their sizes and the rectangles it draws (box edges, lines to write on).
/// </summary>
public sealed class PrintedPage
{
    public const double Inch = 72;
    public const double Millimetre = 72 / 25.4;

    private PrintedPage(IReadOnlyList<(string Text, double Size, PdfRectangle Box)> letters, IReadOnlyList<PdfRectangle> shapes, int pages)
    {
        Letters = letters;
        Shapes = shapes;
        Pages = pages;
    }

    public IReadOnlyList<(string Text, double Size, PdfRectangle Box)> Letters { get; }

    /// <summary>The bounds of every path drawn on the first page (Chromium draws a border as a filled rectangle or a stroked outline).</summary>
    public IReadOnlyList<PdfRectangle> Shapes { get; }

    public int Pages { get; }

    public static PrintedPage Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => (l.Value, l.PointSize, l.BoundingBox)).ToList();
        var shapes = page.Paths.Where(p => !p.IsClipping).Select(p => p.GetBoundingRectangle()).OfType<PdfRectangle>().ToList();
        return new PrintedPage(letters, shapes, document.NumberOfPages);
    }

    /// <summary>
    /// Squares of a tick box's size (2 to 10 mm a side), as wide as their outer edge: Chromium strokes
    /// a box's 1 px border along its middle, so the path's bounds are half a border short on each side.
    /// </summary>
    public IEnumerable<double> Boxes =>
        Shapes.Where(s => s.Width is > 2 * Millimetre and < 10 * Millimetre && s.Height is > 2 * Millimetre and < 10 * Millimetre && Math.Abs(s.Width - s.Height) < 1)
            .Select(s => Math.Min(s.Width, s.Height) + 0.75);

    /// <summary>Lines to write on: level, thin, and as long as a blank (0.4 to 2.2 in).</summary>
    public IEnumerable<PdfRectangle> Blanks =>
        Shapes.Where(s => s.Height < 2 && s.Width is > 0.4 * Inch and < 2.2 * Inch);

    /// <summary>
    /// The room above a line to write on: down from the lowest letter or drawing above it that it
    /// runs under (its own row's text, the blank before it) to the line.
    /// </summary>
    public double RoomAbove(PdfRectangle line)
    {
        var above = Letters.Select(l => l.Box).Concat(Shapes)
            .Where(s => s.Left < line.Right - 0.5 && s.Right > line.Left + 0.5 && s.Bottom >= line.Top - 0.1 && !s.Equals(line))
            .Select(s => s.Bottom - line.Top)
            .DefaultIfEmpty(double.PositiveInfinity);
        return above.Min();
    }
}

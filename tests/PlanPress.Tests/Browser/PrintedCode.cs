using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace PlanPress.Tests.Browser;

/// <summary>
/// Reads the QR code on a printed page as a phone would see the paper: the PDF Chromium wrote is
/// rasterised by poppler's pdftoppm (scripts/test.sh installs it) in grey, and ZXing decodes it.
/// </summary>
public static class PrintedCode
{
    /// <summary>What the first page's QR code says, read at <paramref name="dpi"/>; null when none is found.</summary>
    public static string? Read(byte[] pdf, int dpi)
    {
        using var folder = new TempFolder();
        var file = folder["page.pdf"];
        File.WriteAllBytes(file, pdf);
        var start = new ProcessStartInfo("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", "-singlefile", file, folder["page"]])
        {
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        }

        var (pixels, width, height) = ReadPgm(File.ReadAllBytes(folder["page.pgm"]));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(bitmap, hints)?.Text;
    }

    /// <summary>A binary PGM ("P5", 8 bits a pixel) as pdftoppm -gray writes it: a text header, then the pixels.</summary>
    private static (byte[] Pixels, int Width, int Height) ReadPgm(byte[] file)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            fields.Add(Encoding.ASCII.GetString(file, start, at - start));
        }

        Assert.Equal("P5", fields[0]);
        var (width, height) = (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
        return (file[(at + 1)..(at + 1 + (width * height))], width, height);
    }
}

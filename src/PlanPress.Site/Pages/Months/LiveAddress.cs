using System.Text;
using PlanPress.Model;
using QRCoder;

namespace PlanPress.Site.Pages;

/// <summary>
/// Where a printed sheet leads back to: its live page and the calendar feed, each as the address a
/// phone opens and as a short one a person types (no "https://"), and a QR code of the page's.
/// </summary>
/// <param name="Code">The QR code as an SVG path drawing (dark modules only, one unit a module), made by QRCoder.</param>
/// <param name="Size">The side of the code in modules, with a quiet zone of two modules around it.</param>
public sealed record LiveAddress(string Page, string Calendar, string Code, int Size)
{
    /// <summary>The white border a scanner needs around the code, in modules; the printed sheet's margin is white beyond it.</summary>
    private const int QuietZone = 2;

    public string ShortPage => Short(Page);

    public string ShortCalendar => Short(Calendar);

    /// <summary>The addresses of a page and the calendar under the site's base_url; null without one (a code needs an address that works anywhere).</summary>
    public static LiveAddress? For(string baseUrl, string page, string calendar)
    {
        if (SiteSettings.RootOf(baseUrl) is not { } root)
        {
            return null;
        }

        var address = new Uri(root, page).AbsoluteUri;
        var (code, size) = Draw(address);
        return new LiveAddress(address, new Uri(root, calendar).AbsoluteUri, code, size);
    }

    private static string Short(string address) => address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..];

    /// <summary>
    /// The code's dark modules as one SVG path, a rectangle per run of dark modules in a row: medium
    /// error correction, which still reads with a smudge or a fold.
    /// </summary>
    private static (string Path, int Size) Draw(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix carries a quiet zone of four modules; two are kept.
        var rows = data.ModuleMatrix;
        var trim = 4 - QuietZone;
        var size = rows.Count - 2 * trim;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = rows[y + trim];
            for (var x = 0; x < size; x++)
            {
                if (!row[x + trim])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1 + trim])
                {
                    x++;
                }

                path.Append('M').Append(start).Append(' ').Append(y).Append('h').Append(x - start + 1).Append("v1h-").Append(x - start + 1).Append('z');
            }
        }

        return (path.ToString(), size);
    }
}

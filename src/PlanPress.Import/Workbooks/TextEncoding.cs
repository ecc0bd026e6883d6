using System.Text;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// The encoding of a text (CSV) file: UTF-8 or UTF-16 by their byte order mark, UTF-16 without one
/// by its zero bytes, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel on
/// Windows saves a CSV in).
/// </summary>
public static class TextEncoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncoding()
    {
        // Windows-1252 is one of the legacy code pages .NET only has through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <returns>The encoding, and how many bytes of byte order mark to skip.</returns>
    public static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        // ASCII text in UTF-16 has a zero byte beside every character.
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var zerosAtOdd = 0;
        var zerosAtEven = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 1 ? zerosAtOdd++ : zerosAtEven++;
            }
        }

        if (sample.Length >= 4 && zerosAtOdd > sample.Length / 4 && zerosAtEven == 0)
        {
            return (Encoding.Unicode, 0);
        }

        if (sample.Length >= 4 && zerosAtEven > sample.Length / 4 && zerosAtOdd == 0)
        {
            return (Encoding.BigEndianUnicode, 0);
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return (Encoding.UTF8, 0);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252), 0);
        }
    }
}

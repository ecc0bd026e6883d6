using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace PlanPress.Import.Workbooks;

/// <summary>
/// Opens a workbook encrypted with Excel's default read password, "VelvetSweatshop": Excel writes
/// one when a workbook is protected only against changes (its structure or a sheet), and opens it
/// without asking, so the coordinator never knew it was encrypted. Both ways Office encrypts a
/// package are read (MS-OFFCRYPTO): Agile (Excel 2010 and later) and Standard (Excel 2007).
/// A workbook with a password of its own stays closed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Office's encryption formats are read as they are written: SHA-1 is what they name; nothing is protected with it here.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5358:Do not use unsafe cipher modes", Justification = "Excel 2007's Standard encryption is AES in ECB mode; it is read, never written.")]
internal static class DefaultPassword
{
    private const string Password = "VelvetSweatshop";

    private const string KeyEncryptorNamespace = "http://schemas.microsoft.com/office/2006/keyEncryptor/password";

    private static readonly byte[] VerifierInputBlock = [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79];
    private static readonly byte[] VerifierValueBlock = [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e];
    private static readonly byte[] KeyValueBlock = [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6];

    /// <summary>The workbook's own bytes, decrypted; null when its password is another, or its encryption one PlanPress does not read.</summary>
    public static byte[]? Open(byte[] file)
    {
        if (CompoundFile.Stream(file, "EncryptionInfo") is not { Length: > 8 } info || CompoundFile.Stream(file, "EncryptedPackage") is not { Length: > 8 } package)
        {
            return null;
        }

        try
        {
            var (major, minor) = (BinaryPrimitives.ReadUInt16LittleEndian(info), BinaryPrimitives.ReadUInt16LittleEndian(info.AsSpan(2)));
            return (major, minor) switch
            {
                (4, 4) => Agile(info, package),
                (2 or 3 or 4, 2) => Standard(info, package),
                _ => null,
            };
        }
        catch (Exception e) when (e is CryptographicException or XmlException or FormatException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Agile encryption: an XML description, a key derived by hashing the password many times, the package in 4,096-byte segments.</summary>
    private static byte[]? Agile(byte[] info, byte[] package)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(info, 8, info.Length - 8), settings);
        Dictionary<string, string>? keyData = null;
        Dictionary<string, string>? encryptedKey = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "keyData")
            {
                keyData = Attributes(reader);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "encryptedKey" && reader.NamespaceURI == KeyEncryptorNamespace)
            {
                encryptedKey = Attributes(reader);
            }
        }

        if (keyData is null || encryptedKey is null || keyData["cipherAlgorithm"] != "AES" || encryptedKey["cipherAlgorithm"] != "AES")
        {
            return null;
        }

        var hash = Hash(encryptedKey["hashAlgorithm"]);
        var salt = Convert.FromBase64String(encryptedKey["saltValue"]);
        var spun = Spin(hash, salt, int.Parse(encryptedKey["spinCount"], CultureInfo.InvariantCulture));
        var keyBytes = int.Parse(encryptedKey["keyBits"], CultureInfo.InvariantCulture) / 8;
        byte[] Unlock(byte[] block, string value) =>
            Cbc(Sized(hash(Concat(spun, block)), keyBytes, 0x36), salt, Convert.FromBase64String(encryptedKey[value]));

        var hashSize = int.Parse(encryptedKey["hashSize"], CultureInfo.InvariantCulture);
        var input = Unlock(VerifierInputBlock, "encryptedVerifierHashInput")[..int.Parse(encryptedKey["saltSize"], CultureInfo.InvariantCulture)];
        var expected = Unlock(VerifierValueBlock, "encryptedVerifierHashValue")[..hashSize];
        if (!CryptographicOperations.FixedTimeEquals(hash(input), expected))
        {
            return null;
        }

        var secret = Unlock(KeyValueBlock, "encryptedKeyValue")[..keyBytes];
        var packageHash = Hash(keyData["hashAlgorithm"]);
        var packageSalt = Convert.FromBase64String(keyData["saltValue"]);
        var blockSize = int.Parse(keyData["blockSize"], CultureInfo.InvariantCulture);
        var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(package);
        if (size > package.Length)
        {
            return null;
        }

        var plain = new byte[size];
        const int Segment = 4096;
        for (var (offset, index) = (8, 0u); offset < package.Length && (offset - 8) < size; offset += Segment, index++)
        {
            var length = Math.Min(Segment, package.Length - offset) / 16 * 16;
            var iv = Sized(packageHash(Concat(packageSalt, BitConverter.GetBytes(index))), blockSize, 0x36);
            var segment = Cbc(secret, iv, package.AsSpan(offset, length).ToArray());
            segment.AsSpan(0, (int)Math.Min(segment.Length, size - (offset - 8))).CopyTo(plain.AsSpan(offset - 8));
        }

        return plain;
    }

    /// <summary>Standard encryption: AES in ECB mode, a key derived with SHA-1 as CryptDeriveKey does.</summary>
    private static byte[]? Standard(byte[] info, byte[] package)
    {
        var headerSize = BinaryPrimitives.ReadInt32LittleEndian(info.AsSpan(8));
        var header = info.AsSpan(12, headerSize);
        var algorithm = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        var keyBits = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (algorithm is not (0x660E or 0x660F or 0x6610))
        {
            return null;
        }

        var verifier = info.AsSpan(12 + headerSize);
        var salt = verifier.Slice(4, BinaryPrimitives.ReadInt32LittleEndian(verifier)).ToArray();
        var encryptedVerifier = verifier.Slice(4 + salt.Length, 16).ToArray();
        var encryptedVerifierHash = verifier.Slice(4 + salt.Length + 16 + 4, 32).ToArray();

        var spun = Spin(SHA1.HashData, salt, 50_000);
        var final = SHA1.HashData(Concat(spun, new byte[4]));
        byte[] Xor(byte fill) => SHA1.HashData(Enumerable.Range(0, 64).Select(i => (byte)(fill ^ (i < final.Length ? final[i] : 0))).ToArray());
        var key = Concat(Xor(0x36), Xor(0x5C))[..(keyBits / 8)];

        using var aes = Aes.Create();
        aes.Key = key;
        var plainVerifier = aes.DecryptEcb(encryptedVerifier, PaddingMode.None);
        var plainHash = aes.DecryptEcb(encryptedVerifierHash, PaddingMode.None)[..20];
        if (!CryptographicOperations.FixedTimeEquals(SHA1.HashData(plainVerifier), plainHash))
        {
            return null;
        }

        var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(package);
        var data = package.AsSpan(8, (package.Length - 8) / 16 * 16);
        return size <= data.Length ? aes.DecryptEcb(data, PaddingMode.None)[..(int)size] : null;
    }

    /// <summary>H(salt + password), then H(i + the hash before) as many times as the spin count says.</summary>
    private static byte[] Spin(Func<byte[], byte[]> hash, byte[] salt, int spinCount)
    {
        if (spinCount is < 0 or > 10_000_000)
        {
            throw new FormatException("an implausible spin count");
        }

        var value = hash(Concat(salt, Encoding.Unicode.GetBytes(Password)));
        var buffer = new byte[4 + value.Length];
        for (var i = 0; i < spinCount; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, i);
            value.CopyTo(buffer, 4);
            value = hash(buffer);
            if (buffer.Length != 4 + value.Length)
            {
                buffer = new byte[4 + value.Length];
            }
        }

        return value;
    }

    private static Func<byte[], byte[]> Hash(string name) => name switch
    {
        "SHA1" => SHA1.HashData,
        "SHA256" => SHA256.HashData,
        "SHA384" => SHA384.HashData,
        "SHA512" => SHA512.HashData,
        _ => throw new FormatException($"the hash {name}"),
    };

    private static byte[] Cbc(byte[] key, byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptCbc(data, iv, PaddingMode.None);
    }

    /// <summary>A key or IV cut to its size, or filled out to it with <paramref name="fill"/>.</summary>
    private static byte[] Sized(byte[] value, int size, byte fill) =>
        value.Length >= size ? value[..size] : [.. value, .. Enumerable.Repeat(fill, size - value.Length)];

    private static byte[] Concat(byte[] a, byte[] b) => [.. a, .. b];

    private static Dictionary<string, string> Attributes(XmlReader reader)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.MoveToNextAttribute())
        {
            attributes[reader.LocalName] = reader.Value;
        }

        reader.MoveToElement();
        return attributes;
    }
}

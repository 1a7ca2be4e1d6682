using System.IO.Compression;
using System.Text;

namespace SmartRegion.Platform.Files;

/// <summary>
/// Which documents are taken as uploads (funding applications and reports, hackathon results): PDF, PNG, JPEG and
/// OpenDocument/Office Open XML documents. The extension names the
/// type and the first bytes must prove it; the office formats are ZIP archives and must carry their format's
/// marker entry, so a renamed archive or program is refused.
/// </summary>
public static class DocumentTypes
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    /// <summary>The value for a file input's <c>accept</c> attribute.</summary>
    public static string Accept => string.Join(',', ContentTypes.Keys);

    /// <summary>The content type of an accepted file, or null when the name or the content does not fit.</summary>
    public static string? Recognise(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(fileName ?? "");
        if (!ContentTypes.TryGetValue(extension, out var contentType))
        {
            return null;
        }

        var fits = extension.ToLowerInvariant() switch
        {
            ".pdf" => StartsWith(bytes, "%PDF-"u8),
            ".png" => StartsWith(bytes, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ".jpg" or ".jpeg" => StartsWith(bytes, [0xFF, 0xD8, 0xFF]),
            ".odt" or ".ods" or ".odp" => IsOpenDocument(bytes, contentType),
            _ => IsOfficeOpenXml(bytes),
        };
        return fits ? contentType : null;
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> magic) => bytes.AsSpan().StartsWith(magic);

    private static bool IsOpenDocument(byte[] bytes, string contentType) =>
        ReadZip(bytes, zip =>
        {
            var entry = zip.GetEntry("mimetype");
            if (entry is null || entry.Length > 200)
            {
                return false;
            }

            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() == contentType;
        });

    private static bool IsOfficeOpenXml(byte[] bytes) => ReadZip(bytes, zip => zip.GetEntry("[Content_Types].xml") is not null);

    private static bool ReadZip(byte[] bytes, Func<ZipArchive, bool> check)
    {
        if (!StartsWith(bytes, "PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return check(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

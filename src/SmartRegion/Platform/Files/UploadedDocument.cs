namespace SmartRegion.Platform.Files;

/// <summary>Why an upload was refused; each module shows its text for it next to the file field.</summary>
public enum UploadRefusal
{
    None,
    Empty,
    TooLarge,
    TypeNotAccepted,
}

/// <summary>An uploaded document after its checks: a clean name, the type its content proves, and its bytes.</summary>
public sealed record UploadedDocument(string FileName, string ContentType, byte[] Bytes)
{
    /// <summary>
    /// Reads and checks an upload: not empty, at most <paramref name="maxBytes"/>, and of a type in
    /// <see cref="DocumentTypes"/> by name and content. The refusal is <see cref="UploadRefusal.None"/> when it passed.
    /// </summary>
    public static async Task<(UploadRefusal Refusal, UploadedDocument? Document)> ReadAsync(IFormFile file, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length == 0)
        {
            return (UploadRefusal.Empty, null);
        }

        if (file.Length > maxBytes)
        {
            return (UploadRefusal.TooLarge, null);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var name = CleanName(file.FileName);
        return DocumentTypes.Recognise(name, bytes) is { } contentType
            ? (UploadRefusal.None, new UploadedDocument(name, contentType, bytes))
            : (UploadRefusal.TypeNotAccepted, null);
    }

    /// <summary>
    /// Serves a stored document as a download that is never sniffed and runs sandboxed: an uploaded document must not
    /// act as a page of this site. Only for people who may read what it belongs to; the caller has checked that.
    /// </summary>
    public static IResult Download(HttpContext context, byte[] bytes, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        return Results.File(bytes, contentType, fileName);
    }

    /// <summary>Only the last part of the name, without characters that could break a header or a file system.</summary>
    private static string CleanName(string? name)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. last.Where(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ')]).Trim();
        return clean.Length == 0 ? "file" : clean[..Math.Min(clean.Length, 200)];
    }
}

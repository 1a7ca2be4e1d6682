using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Common;

/// <summary>A photo attached to an idea, a measure or a report, stored as re-encoded pixels without any metadata.</summary>
public sealed class StoredImage
{
    public Guid Id { get; set; }

    /// <summary><c>idea</c>, <c>measure</c> or <c>report</c>.</summary>
    public string OwnerKind { get; set; } = "";

    public long OwnerId { get; set; }

    public string ContentType { get; set; } = "";

    public byte[] Bytes { get; set; } = [];

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Short description for people who cannot see the picture (alt text).</summary>
    public string? AltText { get; set; }

    /// <summary>Set with its contribution when a moderator hides it; a hidden photo is no longer served.</summary>
    public bool IsHidden { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>Why an upload was refused; the form shows the matching text next to the file field.</summary>
public enum ImageRefusal
{
    None,
    TooLarge,
    NotAnImage,
    TooManyPixels,
}

/// <summary>
/// Checks and stores uploaded photos. Only JPEG, PNG and WebP that really decode are taken; they are decoded
/// and encoded again (at most 2,000 pixels on the long side), which drops EXIF, GPS positions and every other
/// piece of metadata a phone writes into a photo.
/// </summary>
public sealed class UploadedImages(SmartRegionDb db, TimeProvider clock)
{
    public const long MaxBytes = 8 * 1024 * 1024;
    private const int MaxPixels = 40_000_000;
    private const int MaxEdge = 2000;

    public static readonly IReadOnlyList<string> AcceptedTypes = ["image/jpeg", "image/png", "image/webp"];

    /// <summary>The value for a file input's <c>accept</c> attribute.</summary>
    public static string Accept => string.Join(',', AcceptedTypes);

    /// <summary>Checks the upload without storing it.</summary>
    public static async Task<(ImageRefusal Refusal, byte[] Bytes, string ContentType, int Width, int Height)> PrepareAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxBytes)
        {
            return (ImageRefusal.TooLarge, [], "", 0, 0);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return Reencode(buffer.ToArray());
    }

    /// <summary>Decodes and encodes again; the result carries no metadata.</summary>
    public static (ImageRefusal Refusal, byte[] Bytes, string ContentType, int Width, int Height) Reencode(byte[] original)
    {
        ArgumentNullException.ThrowIfNull(original);
        using var codec = SKCodec.Create(new SKMemoryStream(original));
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            return (ImageRefusal.NotAnImage, [], "", 0, 0);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return (ImageRefusal.TooManyPixels, [], "", 0, 0);
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return (ImageRefusal.NotAnImage, [], "", 0, 0);
        }

        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)MaxEdge / Math.Max(oriented.Width, oriented.Height));
        var width = Math.Max(1, (int)Math.Round(oriented.Width * scale));
        var height = Math.Max(1, (int)Math.Round(oriented.Height * scale));
        using var sized = scale < 1.0 ? oriented.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) : null;
        using var image = SKImage.FromBitmap(sized ?? oriented);

        // Photos become JPEG; drawings with transparency stay PNG so they keep their background.
        var keepsAlpha = codec.EncodedFormat == SKEncodedImageFormat.Png && codec.Info.AlphaType != SKAlphaType.Opaque;
        using var encoded = keepsAlpha ? image.Encode(SKEncodedImageFormat.Png, 100) : image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return (ImageRefusal.None, encoded.ToArray(), keepsAlpha ? "image/png" : "image/jpeg", image.Width, image.Height);
    }

    public async Task<StoredImage> StoreAsync(string ownerKind, long ownerId, byte[] bytes, string contentType, int width, int height, string? altText, CancellationToken cancellationToken)
    {
        var image = new StoredImage
        {
            Id = Guid.NewGuid(),
            OwnerKind = ownerKind,
            OwnerId = ownerId,
            Bytes = bytes,
            ContentType = contentType,
            Width = width,
            Height = height,
            AltText = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(image);
        await db.SaveChangesAsync(cancellationToken);
        return image;
    }

    public Task<List<ImageInfo>> OfAsync(string ownerKind, long ownerId, CancellationToken cancellationToken) =>
        db.Set<StoredImage>().AsNoTracking().Where(i => i.OwnerKind == ownerKind && i.OwnerId == ownerId).OrderBy(i => i.CreatedAt)
            .Select(i => new ImageInfo(i.Id, i.Width, i.Height, i.AltText)).ToListAsync(cancellationToken);

    /// <summary>A phone's photo is stored sideways with an orientation tag; turn the pixels, since the tag is dropped.</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap.Copy();
        }

        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var turned = new SKBitmap(swaps ? bitmap.Height : bitmap.Width, swaps ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(turned);
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, bitmap.Width / 2f, bitmap.Height / 2f);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(turned.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, turned.Height);
                canvas.RotateDegrees(270);
                break;
            default:
                // Mirrored origins are rare in practice; the picture is kept as decoded.
                break;
        }

        canvas.DrawBitmap(bitmap, 0, 0);
        return turned;
    }
}

public sealed record ImageInfo(Guid Id, int Width, int Height, string? AltText)
{
    public string Url => $"/participation/images/{Id}";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>Checks and stores the files of an application's file fields; a new file for a field replaces the old one.</summary>
public sealed class FundingAttachments(SmartRegionDb db, IOptions<FundingOptions> options, TimeProvider clock)
{
    public long MaxBytes => options.Value.AttachmentMaxBytes;

    public static string LinkTo(Guid id) => $"/funding/attachments/{id}";

    public async Task<(AttachmentRefusal Refusal, FundingAttachment? Attachment)> StoreAsync(int applicationId, string fieldKey, IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length == 0)
        {
            return (AttachmentRefusal.Empty, null);
        }

        if (file.Length > MaxBytes)
        {
            return (AttachmentRefusal.TooLarge, null);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var name = CleanName(file.FileName);
        var contentType = AttachmentTypes.Recognise(name, bytes);
        if (contentType is null)
        {
            return (AttachmentRefusal.TypeNotAccepted, null);
        }

        await db.Set<FundingAttachment>().Where(a => a.ApplicationId == applicationId && a.FieldKey == fieldKey).ExecuteDeleteAsync(cancellationToken);
        var attachment = new FundingAttachment
        {
            Id = Guid.NewGuid(),
            ApplicationId = applicationId,
            FieldKey = fieldKey,
            FileName = name,
            ContentType = contentType,
            Length = bytes.Length,
            Bytes = bytes,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return (AttachmentRefusal.None, attachment);
    }

    /// <summary>Name and size of the application's files, by id, without their bytes.</summary>
    public Task<Dictionary<Guid, AttachmentInfo>> OfApplicationAsync(int applicationId, CancellationToken cancellationToken) =>
        db.Set<FundingAttachment>().AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .Select(a => new AttachmentInfo(a.Id, a.FieldKey, a.FileName, a.ContentType, a.Length))
            .ToDictionaryAsync(a => a.Id, cancellationToken);

    public static string TextKey(AttachmentRefusal refusal) => $"Funding.Validation.File.{refusal}";

    /// <summary>Only the last part of the name, without characters that could break a header or a file system.</summary>
    private static string CleanName(string? name)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. last.Where(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ')]).Trim();
        return clean.Length == 0 ? "file" : clean[..Math.Min(clean.Length, 200)];
    }
}

public sealed record AttachmentInfo(Guid Id, string FieldKey, string FileName, string ContentType, long Length)
{
    public string Url => FundingAttachments.LinkTo(Id);
}

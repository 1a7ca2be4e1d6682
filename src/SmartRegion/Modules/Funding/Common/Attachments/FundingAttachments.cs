using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>
/// Checks and stores files: the answers to an application's file fields (a new file for a field replaces the old
/// one) and the attachments of a pilot's reports. The same type and size rules hold for both.
/// </summary>
public sealed class FundingAttachments(SmartRegionDb db, IOptions<FundingOptions> options, TimeProvider clock)
{
    public long MaxBytes => options.Value.AttachmentMaxBytes;

    public static string LinkTo(Guid id) => $"/funding/attachments/{id}";

    public async Task<(AttachmentRefusal Refusal, FundingAttachment? Attachment)> StoreAsync(AttachmentOwner owner, IFormFile file, CancellationToken cancellationToken)
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

        if (owner.ApplicationId is { } applicationId)
        {
            await db.Set<FundingAttachment>().Where(a => a.ApplicationId == applicationId && a.FieldKey == owner.FieldKey).ExecuteDeleteAsync(cancellationToken);
        }

        var attachment = new FundingAttachment
        {
            Id = Guid.NewGuid(),
            ApplicationId = owner.ApplicationId,
            ReportId = owner.ReportId,
            FieldKey = owner.FieldKey,
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
        Infos(db.Set<FundingAttachment>().Where(a => a.ApplicationId == applicationId)).ToDictionaryAsync(a => a.Id, cancellationToken);

    /// <summary>Name and size of a report's files, oldest first, without their bytes.</summary>
    public Task<List<AttachmentInfo>> OfReportAsync(int reportId, CancellationToken cancellationToken) =>
        Infos(db.Set<FundingAttachment>().Where(a => a.ReportId == reportId)).ToListAsync(cancellationToken);

    public Task<int> CountOfReportAsync(int reportId, CancellationToken cancellationToken) =>
        db.Set<FundingAttachment>().CountAsync(a => a.ReportId == reportId, cancellationToken);

    public Task<int> RemoveFromReportAsync(int reportId, Guid id, CancellationToken cancellationToken) =>
        db.Set<FundingAttachment>().Where(a => a.ReportId == reportId && a.Id == id).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The refusal as the form shows it, with the size limit filled in.</summary>
    public string RefusalText(IStringLocalizer texts, AttachmentRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts[TextKey(refusal), MaxBytes / (1024 * 1024)];
    }

    private static IQueryable<AttachmentInfo> Infos(IQueryable<FundingAttachment> files) =>
        files.AsNoTracking().OrderBy(a => a.CreatedAt).ThenBy(a => a.FileName)
            .Select(a => new AttachmentInfo(a.Id, a.FieldKey, a.FileName, a.ContentType, a.Length));

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

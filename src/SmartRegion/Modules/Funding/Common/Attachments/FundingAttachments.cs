using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Files;

namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>
/// Checks and stores files: the answers to an application's file fields (a new file for a field replaces the old
/// one) and the attachments of a pilot's reports. The same type and size rules hold for both.
/// </summary>
public sealed class FundingAttachments(SmartRegionDb db, IOptions<FundingOptions> options, TimeProvider clock)
{
    public long MaxBytes => options.Value.AttachmentMaxBytes;

    public static string LinkTo(Guid id) => $"/funding/attachments/{id}";

    public async Task<(UploadRefusal Refusal, FundingAttachment? Attachment)> StoreAsync(AttachmentOwner owner, IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (refusal, document) = await UploadedDocument.ReadAsync(file, MaxBytes, cancellationToken);
        if (document is null)
        {
            return (refusal, null);
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
            FileName = document.FileName,
            ContentType = document.ContentType,
            Length = document.Bytes.Length,
            Bytes = document.Bytes,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return (UploadRefusal.None, attachment);
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
    public string RefusalText(IStringLocalizer texts, UploadRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts[TextKey(refusal), MaxBytes / (1024 * 1024)];
    }

    private static IQueryable<AttachmentInfo> Infos(IQueryable<FundingAttachment> files) =>
        files.AsNoTracking().OrderBy(a => a.CreatedAt).ThenBy(a => a.FileName)
            .Select(a => new AttachmentInfo(a.Id, a.FieldKey, a.FileName, a.ContentType, a.Length));

    public static string TextKey(UploadRefusal refusal) => $"Funding.Validation.File.{refusal}";
}

public sealed record AttachmentInfo(Guid Id, string FieldKey, string FileName, string ContentType, long Length)
{
    public string Url => FundingAttachments.LinkTo(Id);
}

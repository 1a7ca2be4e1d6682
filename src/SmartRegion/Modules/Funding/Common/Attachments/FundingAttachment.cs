namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>
/// A file kept in the database: the answer to a file field of an application, or an attachment of a pilot's
/// report. Exactly one of <see cref="ApplicationId"/> and <see cref="ReportId"/> is set.
/// </summary>
public sealed class FundingAttachment
{
    public Guid Id { get; set; }

    public int? ApplicationId { get; set; }

    public int? ReportId { get; set; }

    /// <summary>The form field it answers; <see cref="AttachmentOwner.ReportFieldKey"/> for a report's files.</summary>
    public string FieldKey { get; set; } = "";

    /// <summary>The name it had on the applicant's computer, cleaned of paths and odd characters.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Derived from the checked content, never taken from the upload's header.</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public byte[] Bytes { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}

/// <summary>What a file belongs to: an application's file field (a new file replaces the old one) or a report (files add up).</summary>
public readonly record struct AttachmentOwner(int? ApplicationId, int? ReportId, string FieldKey)
{
    public const string ReportFieldKey = "report";

    public static AttachmentOwner OfAnswer(int applicationId, string fieldKey) => new(applicationId, null, fieldKey);

    public static AttachmentOwner OfReport(int reportId) => new(null, reportId, ReportFieldKey);
}

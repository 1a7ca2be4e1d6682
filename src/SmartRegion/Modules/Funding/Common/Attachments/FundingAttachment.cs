namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>A file an applicant attached to an application (a file field of the form), kept in the database.</summary>
public sealed class FundingAttachment
{
    public Guid Id { get; set; }

    public int ApplicationId { get; set; }

    /// <summary>The form field it answers.</summary>
    public string FieldKey { get; set; } = "";

    /// <summary>The name it had on the applicant's computer, cleaned of paths and odd characters.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Derived from the checked content, never taken from the upload's header.</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public byte[] Bytes { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}

/// <summary>Why an upload was refused; the form shows the matching text next to the file field.</summary>
public enum AttachmentRefusal
{
    None,
    Empty,
    TooLarge,
    TypeNotAccepted,
}

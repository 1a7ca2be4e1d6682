using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Platform.Mail;

/// <summary>Bound from <c>Mail</c>. Without <c>Mail__SmtpHost</c>, mails are written as .eml files to the pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "SmartRegion <noreply@smartregion.invalid>";

    /// <summary>Folder for .eml files when no SMTP server is set; relative paths are below the content root.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>Where feedback from the accessibility statement goes.</summary>
    public string? FeedbackTo { get; set; }
}

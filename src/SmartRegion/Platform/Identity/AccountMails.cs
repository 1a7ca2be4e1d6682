using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Mail;

namespace SmartRegion.Platform.Identity;

/// <summary>The mails of the account life cycle, written in the language the person chose.</summary>
public sealed class AccountMails(MailSender mail, IStringLocalizer<SharedTexts> texts)
{
    public Task SendConfirmationAsync(AppUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.ConfirmSubject", "Mail.ConfirmBody", link, cancellationToken);

    public Task SendPasswordResetAsync(AppUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.ResetSubject", "Mail.ResetBody", link, cancellationToken);

    /// <summary>Sent instead of a second confirmation when someone registers with an address that has an account.</summary>
    public Task SendAlreadyRegisteredAsync(AppUser user, string loginLink, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.AlreadyRegisteredSubject", "Mail.AlreadyRegisteredBody", loginLink, cancellationToken);

    private async Task SendAsync(AppUser user, string subjectKey, string bodyKey, string link, CancellationToken cancellationToken)
    {
        var previous = CultureInfo.CurrentUICulture;
        string subject, body;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(user.PreferredCulture == "en" ? "en" : "de");
            subject = texts[subjectKey];
            body = texts[bodyKey, user.DisplayName, link];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        await mail.SendAsync(user.Email!, subject, body, cancellationToken);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Mail;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>The mails of an application, written in the language the applicant chose.</summary>
public sealed class FundingMails(MailSender mail, UserManager<AppUser> users, IHttpContextAccessor http, IStringLocalizer<SharedTexts> texts)
{
    public Task SendSubmittedAsync(FundingApplication application, FundingCall call, CancellationToken cancellationToken) =>
        SendToApplicantAsync(application, call, ApplicationDesk.LinkTo(application.Id), (user, english, link) =>
        (
            texts["Funding.Mail.SubmittedSubject", application.ReferenceNumber ?? ""],
            texts["Funding.Mail.SubmittedBody", user.DisplayName, application.Title, call.Title(english), application.ReferenceNumber ?? "", BerlinTime.Format(application.SubmittedAt ?? call.ClosesAt), link]
        ), cancellationToken);

    /// <summary>Tells the applicant that the decision is made; the notice itself is read on the site, signed in.</summary>
    public Task SendDecidedAsync(FundingApplication application, FundingCall call, string noticePath, CancellationToken cancellationToken) =>
        SendToApplicantAsync(application, call, noticePath, (user, english, link) =>
        (
            texts["Funding.Mail.DecidedSubject", application.ReferenceNumber ?? ""],
            texts["Funding.Mail.DecidedBody", user.DisplayName, application.Title, call.Title(english), application.ReferenceNumber ?? "", link]
        ), cancellationToken);

    private async Task SendToApplicantAsync(
        FundingApplication application, FundingCall call, string path, Func<AppUser, bool, string, (string Subject, string Body)> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(call);
        if (application.ApplicantId is not { } applicantId || await users.FindByIdAsync(applicantId.ToString()) is not { Email: { } email } user)
        {
            return;
        }

        var link = http.HttpContext is { } context ? PublicUrl.For(context, path) : path;
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        (string Subject, string Body) message;
        try
        {
            var culture = new CultureInfo(user.PreferredCulture == "en" ? "en" : "de");
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            message = write(user, culture.TwoLetterISOLanguageName == "en", link);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }

        await mail.SendAsync(email, message.Subject, message.Body, cancellationToken);
    }
}

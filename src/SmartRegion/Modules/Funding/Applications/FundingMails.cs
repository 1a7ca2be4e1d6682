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
    public async Task SendSubmittedAsync(FundingApplication application, FundingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(call);
        if (application.ApplicantId is not { } applicantId || await users.FindByIdAsync(applicantId.ToString()) is not { Email: { } email } user)
        {
            return;
        }

        var path = ApplicationDesk.LinkTo(application.Id);
        var link = http.HttpContext is { } context ? PublicUrl.For(context, path) : path;
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        string subject, body;
        try
        {
            var culture = new CultureInfo(user.PreferredCulture == "en" ? "en" : "de");
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            var english = culture.TwoLetterISOLanguageName == "en";
            subject = texts["Funding.Mail.SubmittedSubject", application.ReferenceNumber ?? ""];
            body = texts["Funding.Mail.SubmittedBody", user.DisplayName, application.Title, call.Title(english), application.ReferenceNumber ?? "", BerlinTime.Format(application.SubmittedAt ?? call.ClosesAt), link];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }

        await mail.SendAsync(email, subject, body, cancellationToken);
    }
}

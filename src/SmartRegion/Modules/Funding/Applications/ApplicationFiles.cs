using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Files;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>Answers a file field of a draft with an upload, under the same deadline as every other answer.</summary>
public sealed class ApplicationFiles(SmartRegionDb db, FundingAttachments attachments, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public async Task<DeskOutcome> AttachAsync(FundingCall call, FundingApplication application, string fieldKey, IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        var key = ApplicationRules.AnswersPrefix + fieldKey;
        if (!ApplicationStates.IsEditable(application.State))
        {
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NotEditable"]);
        }

        if (!call.TakesApplicationsAt(clock.GetUtcNow().UtcDateTime))
        {
            return DeskOutcome.Refused(DeskRefusal.Closed, texts["Funding.Refusal.Closed", BerlinTime.Format(call.ClosesAt)]);
        }

        if (!call.FormFields.Any(f => f.Key == fieldKey && f.Kind == FormFieldKind.File))
        {
            return DeskOutcome.Invalid(new Dictionary<string, string> { [key] = texts["Funding.Validation.NoSuchFileField"] });
        }

        var (refusal, stored) = await attachments.StoreAsync(AttachmentOwner.OfAnswer(application.Id, fieldKey), file, cancellationToken);
        if (refusal != UploadRefusal.None)
        {
            return DeskOutcome.Invalid(new Dictionary<string, string> { [key] = attachments.RefusalText(texts, refusal) });
        }

        application.Answers = new Dictionary<string, FieldAnswer>(application.Answers, StringComparer.Ordinal) { [fieldKey] = new FieldAnswer { Value = stored!.Id.ToString() } };
        application.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return DeskOutcome.Done;
    }
}

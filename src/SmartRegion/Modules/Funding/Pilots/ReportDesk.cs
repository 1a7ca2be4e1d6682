using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Files;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// Saves a report as a draft, with its files, and submits it. A submitted report is final: every write is
/// conditioned on the report still being unsubmitted, so of two parallel submissions only one is stored, and
/// the submission goes into the audit trail in the same transaction. Callers check that the person may report.
/// </summary>
public sealed class ReportDesk(SmartRegionDb db, ReportRules rules, FundingAttachments attachments, FundingAudit audit, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public const int MaxFiles = 10;

    public const string FilesKey = "Files";

    public Task<PilotReport?> FindAsync(int pilotId, int reportId, CancellationToken cancellationToken) =>
        db.Set<PilotReport>().SingleOrDefaultAsync(r => r.Id == reportId && r.PilotId == pilotId, cancellationToken);

    /// <summary>
    /// Stores the draft, removes and adds files, and with <paramref name="submit"/> submits it when it is complete.
    /// Readable input is kept even when files or the submission are refused, so nothing typed is lost.
    /// </summary>
    public async Task<DeskOutcome> SaveAsync(
        FundingPilot pilot, PilotReport report, ReportInput input, IReadOnlyList<IFormFile> files, Guid? by, bool submit, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(files);
        if (report.IsSubmitted)
        {
            return Final();
        }

        var errors = rules.Apply(pilot, report, input, culture);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return DeskOutcome.Invalid(errors);
        }

        report.AuthorId = by;
        report.SavedAt = Now;
        if (!await SaveUnlessSubmittedAsync(cancellationToken))
        {
            return Final();
        }

        if (await AttachAsync(report, input.RemoveFiles, files, cancellationToken) is { } fileError)
        {
            return DeskOutcome.Invalid(new Dictionary<string, string> { [FilesKey] = fileError });
        }

        return submit ? await SubmitAsync(pilot, report, by, cancellationToken) : DeskOutcome.Done;
    }

    private async Task<DeskOutcome> SubmitAsync(FundingPilot pilot, PilotReport report, Guid? by, CancellationToken cancellationToken)
    {
        var errors = rules.SubmissionErrors(pilot, report);
        if (errors.Count > 0)
        {
            return DeskOutcome.Invalid(errors);
        }

        report.SubmittedAt = Now;
        report.SubmittedBy = by;
        audit.Record(pilot.CallId, pilot.ApplicationId, "report-submitted", "Draft", "Submitted", by, $"{report.Kind} {report.DueOn:yyyy-MM-dd}");

        // The update's condition still holds the stored submission time, null (see PilotsModel): a parallel submission wins alone.
        return await SaveUnlessSubmittedAsync(cancellationToken) ? DeskOutcome.Done : Final();
    }

    /// <summary>Takes the chosen files off and adds the uploaded ones; the text of the first refusal, or null.</summary>
    private async Task<string?> AttachAsync(PilotReport report, IReadOnlyCollection<Guid> remove, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        foreach (var id in remove)
        {
            await attachments.RemoveFromReportAsync(report.Id, id, cancellationToken);
        }

        var uploads = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (uploads.Count == 0)
        {
            return null;
        }

        if (await attachments.CountOfReportAsync(report.Id, cancellationToken) + uploads.Count > MaxFiles)
        {
            return texts["Funding.Report.TooManyFiles", MaxFiles];
        }

        foreach (var file in uploads)
        {
            var (refusal, _) = await attachments.StoreAsync(AttachmentOwner.OfReport(report.Id), file, cancellationToken);
            if (refusal != UploadRefusal.None)
            {
                return $"{file.FileName}: {attachments.RefusalText(texts, refusal)}";
            }
        }

        return null;
    }

    private async Task<bool> SaveUnlessSubmittedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Submitted by a parallel request since it was read: that submission stands as it is.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private DeskOutcome Final() => DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Report.Final"]);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

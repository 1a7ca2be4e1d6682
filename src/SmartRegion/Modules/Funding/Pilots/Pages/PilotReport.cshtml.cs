using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>
/// One report of a pilot. Submitted, it is public (its files only for the team and staff). Until then the team
/// and staff of the call's area fill it in: "save" keeps a draft, "submit" saves and submits it, after which it
/// cannot change. Everybody else is refused.
/// </summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class PilotReportModel(PilotCatalog catalog, ReportDesk desk, FundingAttachments attachments) : PilotPageModel(catalog)
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public PilotReport Report { get; private set; } = default!;

    public List<AttachmentInfo> Files { get; private set; } = [];

    public long MaxFileMegabytes => attachments.MaxBytes / (1024 * 1024);

    public async Task<IActionResult> OnGetAsync(int id, int reportId, CancellationToken cancellationToken)
    {
        if (await LoadReportAsync(id, reportId, forWriting: false, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var culture = CultureInfo.CurrentCulture;
        Input = new ReportInput
        {
            Narrative = Report.Narrative,
            Milestones = [.. Pilot.Milestones.Select((_, i) => Report.Milestones.ElementAtOrDefault(i) is { } progress
                ? new MilestoneProgressInput { Status = progress.Status.ToString(), Note = progress.Note }
                : new MilestoneProgressInput { Status = nameof(MilestoneStatus.Open) })],
            Spending = [.. Pilot.BudgetPlan.Select((_, i) => new SpendingInput { Spent = Report.Spending.ElementAtOrDefault(i)?.Spent?.ToString("0.##", culture) })],
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, int reportId, CancellationToken cancellationToken) => SaveAsync(id, reportId, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, int reportId, CancellationToken cancellationToken) => SaveAsync(id, reportId, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(int id, int reportId, bool submit, CancellationToken cancellationToken)
    {
        if (await LoadReportAsync(id, reportId, forWriting: true, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(PilotCatalog.LinkTo(id));
        }

        // The form's own checks do not apply: the desk reads the input and names every error by field.
        ModelState.Clear();
        var files = Request.HasFormContentType ? Request.Form.Files.GetFiles(ReportDesk.FilesKey) : [];
        var outcome = await desk.SaveAsync(Pilot, Report, Input, files, SignedInAccount.IdOf(User), submit, CultureInfo.CurrentCulture, cancellationToken);
        if (outcome.Succeeded)
        {
            return DoneAt(PilotCatalog.ReportLink(id, reportId), submit ? "report-submitted" : "report-saved");
        }

        AddErrors(outcome, key => key == ReportDesk.FilesKey ? key : $"{nameof(Input)}.{key}");
        await LoadReportAsync(id, reportId, forWriting: false, cancellationToken);
        return Page();
    }

    /// <summary>
    /// A submitted report is public to read; an unsubmitted one, and every write, only for the team and staff.
    /// The input lists get one entry per milestone and category, however many were posted.
    /// </summary>
    private async Task<IActionResult?> LoadReportAsync(int id, int reportId, bool forWriting, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, _ => true, cancellationToken) is { } missing)
        {
            return missing;
        }

        var report = await desk.FindAsync(id, reportId, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        if ((forWriting || !report.IsSubmitted) && !Role.CanReport)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        Input.Milestones = [.. Pilot.Milestones.Select((_, i) => Input.Milestones.ElementAtOrDefault(i) ?? new MilestoneProgressInput())];
        Input.Spending = [.. Pilot.BudgetPlan.Select((_, i) => Input.Spending.ElementAtOrDefault(i) ?? new SpendingInput())];
        Files = Role.CanReport ? await attachments.OfReportAsync(reportId, cancellationToken) : [];
        return null;
    }
}

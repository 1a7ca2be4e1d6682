using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Applications.Pages;

/// <summary>
/// One application for its applicant (withdraw, answer a question) and for staff of the call's area (ask,
/// declare ineligible, approve, reject). Everybody else gets 404, drafts included for staff.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ApplicationDetailModel(
    ApplicationDesk desk, DecisionDesk decisions, CallCatalog calls, FundingAttachments attachments, RegionDirectory directory, PilotCatalog pilots) : PageModel
{
    public FundingApplication Application { get; private set; } = default!;

    public FundingCall Call { get; private set; } = default!;

    public bool IsApplicant { get; private set; }

    public bool IsStaff { get; private set; }

    public ApplicationRecordView Record { get; private set; } = default!;

    public List<ApplicationClarification> Clarifications { get; private set; } = [];

    public FundingDecision? Decision { get; private set; }

    /// <summary>The pilot an approval founded.</summary>
    public int? PilotId { get; private set; }

    public string? Refusal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? AnswerText { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? DecisionAmount { get; set; }

    [BindProperty]
    public string? DecisionConditions { get; set; }

    [BindProperty]
    public string? RejectReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, applicant: true, _ => "", () => desk.WithdrawAsync(Call, Application, SignedInAccount.IdOf(User), cancellationToken), "withdrawn", cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, applicant: true, _ => nameof(AnswerText), () => desk.AnswerAsync(Call, Application, AnswerText, cancellationToken), "answered", cancellationToken);

    public Task<IActionResult> OnPostAskAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, applicant: false, _ => nameof(Question), () => desk.AskAsync(Call, Application, Question, SignedInAccount.IdOf(User), cancellationToken), "asked", cancellationToken);

    public Task<IActionResult> OnPostIneligibleAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, applicant: false, _ => nameof(Reason), () => desk.DeclareIneligibleAsync(Call, Application, Reason, SignedInAccount.IdOf(User), cancellationToken), "ineligible", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(
            id, applicant: false, key => key == "GrantedAmount" ? nameof(DecisionAmount) : nameof(DecisionConditions),
            () => decisions.ApproveAsync(Call, Application, DecisionAmount, DecisionConditions, SignedInAccount.IdOf(User), CultureInfo.CurrentCulture, cancellationToken), "decided", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, applicant: false, _ => nameof(RejectReason), () => decisions.RejectAsync(Call, Application, RejectReason, SignedInAccount.IdOf(User), cancellationToken), "decided", cancellationToken);

    /// <param name="fieldOf">The form field that shows the error the desk gave under a key.</param>
    private async Task<IActionResult> ActAsync(int id, bool applicant, Func<string, string> fieldOf, Func<Task<DeskOutcome>> act, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (applicant ? !IsApplicant : !IsStaff)
        {
            return applicant ? NotFound() : Forbid();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(ApplicationDesk.LinkTo(id));
        }

        var outcome = await act();
        if (outcome.Succeeded)
        {
            return Redirect($"{ApplicationDesk.LinkTo(id)}?done={done}");
        }

        Refusal = outcome.Message;
        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(fieldOf(key), message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await desk.FindAsync(id, cancellationToken);
        var call = application is null ? null : await calls.FindAsync(application.CallId, cancellationToken);
        if (application is null || call is null)
        {
            return false;
        }

        IsApplicant = ApplicationDesk.IsApplicant(User, application);
        IsStaff = await desk.IsStaffAsync(User, call, application, cancellationToken);
        if (!IsApplicant && !IsStaff)
        {
            return false;
        }

        Application = application;
        Call = call;
        Record = await ApplicationRecordView.LoadAsync(call, application, attachments, directory, cancellationToken);
        Clarifications = await desk.ClarificationsAsync(id, cancellationToken);
        Decision = await decisions.OfApplicationAsync(id, cancellationToken);
        PilotId = await pilots.IdOfApplicationAsync(id, cancellationToken);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Projects.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Applications.Pages;

/// <summary>
/// A member of a hackathon team with a published place 1–3 picks an open call and gets a pre-filled draft (see
/// <see cref="HackathonCarryOver"/>). Everybody else gets 403 with the reason; an unknown result 404.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class FromHackathonModel(HackathonCarryOver carryOver, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public HackathonSubmissionInfo? Submission { get; private set; }

    /// <summary>The text key of why the person may not carry the result over; the page then shows only that.</summary>
    public string? RefusalKey { get; private set; }

    public List<FundingCall> OpenCalls { get; private set; } = [];

    [BindProperty]
    public int? CallId { get; set; }

    public async Task<IActionResult> OnGetAsync(int submissionId, CancellationToken cancellationToken) =>
        await LoadAsync(submissionId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int submissionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(submissionId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (RefusalKey is not null)
        {
            return Page();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect("/funding/applications");
        }

        ModelState.Clear();
        var call = CallId is { } callId ? await carryOver.PublishedCallAsync(callId, cancellationToken) : null;
        if (call is null)
        {
            ModelState.AddModelError(nameof(CallId), texts["Funding.FromHackathon.ChooseCall"]);
            return Page();
        }

        var (application, outcome) = await carryOver.StartDraftAsync(Submission!, call, SignedInAccount.IdOf(User)!.Value, cancellationToken);
        if (application is null)
        {
            ModelState.AddModelError(nameof(CallId), outcome.Message ?? string.Join(" ", outcome.Errors.Values));
            return Page();
        }

        return Redirect($"{ApplicationDesk.LinkTo(application.Id)}/edit");
    }

    /// <summary>404 for an unknown result; for a person who may not carry it over the page shows why, with 403.</summary>
    private async Task<IActionResult?> LoadAsync(int submissionId, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(User) is not { } accountId)
        {
            return Forbid();
        }

        var (submission, refusal) = await carryOver.FindAsync(submissionId, accountId, cancellationToken);
        if (refusal == CarryOverRefusal.NoSuchSubmission)
        {
            return NotFound();
        }

        Submission = submission;
        if (refusal != CarryOverRefusal.None)
        {
            RefusalKey = HackathonCarryOver.TextKey(refusal);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return null;
        }

        OpenCalls = await carryOver.OpenCallsAsync(cancellationToken);
        return null;
    }
}

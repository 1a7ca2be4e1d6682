using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Review.Pages;

/// <summary>The reviews of a call for its staff: who reviews which application, how far they are, and the form to assign reviewers.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class CallReviewsModel(ApplicationDesk applications, FundingReviewDesk reviews, ReviewBook book, UserManager<AppUser> users) : PageModel
{
    public FundingCall Call { get; private set; } = default!;

    /// <summary>The applications reviewers may be assigned to.</summary>
    public List<FundingApplication> Assignable { get; private set; } = [];

    /// <summary>Every submitted application of the call by id, for naming them in the list.</summary>
    public Dictionary<int, FundingApplication> Applications { get; private set; } = [];

    public List<ReviewAssignment> Assignments { get; private set; } = [];

    public List<ReviewerChoice> Reviewers { get; private set; } = [];

    public Dictionary<Guid, string> Names { get; private set; } = [];

    public List<ReviewCriterionRef> Criteria { get; private set; } = [];

    public string? Refusal { get; private set; }

    [BindProperty]
    public int? ApplicationId { get; set; }

    [BindProperty]
    public Guid? ReviewerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Assigned { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Withdrawn { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await reviews.AssignAsync(Call, ApplicationId, ReviewerId, SignedInAccount.IdOf(User), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/funding/calls/{id}/reviews?assigned=true");
        }

        Refusal = outcome.Message;
        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int assignmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await reviews.WithdrawAsync(Call, assignmentId, SignedInAccount.IdOf(User), cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return Redirect($"/funding/calls/{id}/reviews?withdrawn=true");
        }

        Refusal = outcome.Message;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var (call, isStaff) = await reviews.CallForStaffAsync(User, id, cancellationToken);
        if (call is null || !isStaff)
        {
            return call is null ? NotFound() : Forbid();
        }

        Call = call;
        Applications = (await applications.OfCallAsync(id, cancellationToken)).ToDictionary(a => a.Id);
        Assignable = [.. Applications.Values.Where(a => ApplicationStates.IsOpenForReview(a.State))];
        Assignments = [.. (await book.OfRoundAsync(ReviewCriteria.SubjectKind, id, cancellationToken)).Where(a => Applications.ContainsKey(a.SubjectId))];
        Reviewers = await reviews.ReviewersAsync(call, cancellationToken);
        Names = await ReviewStaffApi.ReviewerNamesAsync(Assignments, users, cancellationToken);
        Criteria = ReviewCriteria.Of(call, Platform.Localization.LocalizationSetup.IsEnglish);
        return null;
    }
}

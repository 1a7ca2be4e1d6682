using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications.Pages;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Review.Pages;

/// <summary>
/// One review for its reviewer: first the declaration of conflicts of interest, then the application and the
/// scores, then (after submitting) the other reviewers' reviews. Everybody else gets 404.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ReviewPageModel(FundingReviewDesk reviews, ReviewBook book, FundingAttachments attachments, RegionDirectory directory, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public const string Yes = "yes";
    public const string No = "no";

    public ReviewCase Review { get; private set; } = default!;

    public List<ReviewCriterionRef> Criteria { get; private set; } = [];

    /// <summary>The application, shown once the reviewer declared no conflict.</summary>
    public ApplicationRecordView? Record { get; private set; }

    /// <summary>The other reviewers' submitted reviews; empty until the own review is submitted.</summary>
    public List<ReviewAssignment> Others { get; private set; } = [];

    public string? Refusal { get; private set; }

    [BindProperty]
    public ReviewInput Form { get; set; } = new();

    [BindProperty]
    public string? Conflict { get; set; }

    [BindProperty]
    public string? ConflictNote { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = ReviewInput.From(Review.Assignment, Criteria);
        return Page();
    }

    public Task<IActionResult> OnPostDeclareAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "declared", () => Conflict is Yes or No
            ? reviews.DeclareAsync(Review, Conflict == Yes, ConflictNote, cancellationToken)
            : Task.FromResult(ReviewOutcome.Invalid(new() { [nameof(Conflict)] = texts["Reviewing.Validation.Conflict"] })), cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "saved", () => reviews.SaveDraftAsync(Review, Form, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "submitted", () => reviews.SubmitAsync(Review, Form, cancellationToken), cancellationToken);

    /// <summary>The confirmation after a step; only known values of the query string count.</summary>
    public string? DoneText => Done is "declared" or "saved" or "submitted" ? texts[$"Funding.Review.Done.{Done}"].Value : null;

    private async Task<IActionResult> ActAsync(int id, string done, Func<Task<ReviewOutcome>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(FundingReviewDesk.LinkTo(id));
        }

        ModelState.Clear();
        var outcome = await act();
        if (outcome.Succeeded)
        {
            return Redirect($"{FundingReviewDesk.LinkTo(id)}?done={done}");
        }

        Refusal = outcome.Message;
        foreach (var (key, message) in outcome.Errors)
        {
            var field = key switch
            {
                nameof(Conflict) => key,
                "Note" => nameof(ConflictNote),
                _ => $"{nameof(Form)}.{key}",
            };
            ModelState.AddModelError(field, message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var review = await reviews.OpenAsync(User, id, cancellationToken);
        if (review is null)
        {
            return false;
        }

        Review = review;
        Criteria = ReviewCriteria.Of(review.Call, LocalizationSetup.IsEnglish);
        foreach (var criterion in Criteria)
        {
            Form.Scores.TryAdd(criterion.Key, new ScoreInput());
        }

        Record = review.Assignment.HasConflict == false
            ? await ApplicationRecordView.LoadAsync(review.Call, review.Application, attachments, directory, cancellationToken)
            : null;
        Others = await book.OthersVisibleToAsync(review.Assignment, cancellationToken);
        return true;
    }
}

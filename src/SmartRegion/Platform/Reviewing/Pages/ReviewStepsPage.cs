using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Reviewing.Pages;

/// <summary>
/// One review for its reviewer, on a page of the owning module: first the declaration of conflicts of interest, then
/// the scores (a draft or submitted for good), then the others' reviews. The module finds the review and its subject
/// for the signed-in person (nobody else gets more than 404; signed-out visitors are sent to sign in) and acts through
/// its own desk, which keeps its audit trail where the module has one.
/// The partials <c>_ReviewDeclaration</c> and <c>_ReviewScoring</c> draw the steps; the module draws the subject.
/// </summary>
public abstract class ReviewStepsPage(ReviewBook book, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public const string Yes = "yes";
    public const string No = "no";

    public ReviewAssignment Assignment { get; private set; } = default!;

    public IReadOnlyList<ReviewCriterionRef> Criteria { get; private set; } = [];

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

    /// <summary>
    /// The prefix of the module's own words: what the conflict declaration asks about (an application, a team's
    /// result), what the recommendations recommend, who the other reviewers are.
    /// </summary>
    public abstract string TextPrefix { get; }

    /// <summary>The confirmation after a step; only known values of the query string count.</summary>
    public string? DoneText => Done is "declared" or "saved" or "submitted" ? texts[$"Reviewing.Done.{Done}"].Value : null;

    /// <summary>What the module tells reviewers about a criterion, if anything.</summary>
    public virtual string? DescriptionOf(string criterionKey) => null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = ReviewInput.From(Assignment, Criteria);
        return Page();
    }

    public Task<IActionResult> OnPostDeclareAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "declared", () => Conflict is Yes or No
            ? DeclareAsync(Conflict == Yes, ConflictNote, cancellationToken)
            : Task.FromResult(ReviewOutcome.Invalid(new() { [nameof(Conflict)] = texts["Reviewing.Validation.Conflict"] })), cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "saved", () => SaveDraftAsync(Form, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "submitted", () => SubmitAsync(Form, cancellationToken), cancellationToken);

    /// <summary>The page's own address, where every step returns to.</summary>
    protected abstract string LinkTo(int assignmentId);

    /// <summary>The review and its criteria when the signed-in person may open it, with the subject loaded for the page; otherwise null.</summary>
    protected abstract Task<(ReviewAssignment Assignment, IReadOnlyList<ReviewCriterionRef> Criteria)?> LoadReviewAsync(int id, CancellationToken cancellationToken);

    protected abstract Task<ReviewOutcome> DeclareAsync(bool hasConflict, string? note, CancellationToken cancellationToken);

    protected abstract Task<ReviewOutcome> SaveDraftAsync(ReviewInput input, CancellationToken cancellationToken);

    protected abstract Task<ReviewOutcome> SubmitAsync(ReviewInput input, CancellationToken cancellationToken);

    private async Task<IActionResult> ActAsync(int id, string done, Func<Task<ReviewOutcome>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(LinkTo(id));
        }

        ModelState.Clear();
        var outcome = await act();
        if (outcome.Succeeded)
        {
            return Redirect($"{LinkTo(id)}?done={done}");
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

        // Read again: a refused step may have met a state another request changed meanwhile.
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadReviewAsync(id, cancellationToken) is not { } review)
        {
            return false;
        }

        (Assignment, Criteria) = review;
        foreach (var criterion in Criteria)
        {
            Form.Scores.TryAdd(criterion.Key, new ScoreInput());
        }

        Others = await book.OthersVisibleToAsync(Assignment, cancellationToken);
        return true;
    }
}

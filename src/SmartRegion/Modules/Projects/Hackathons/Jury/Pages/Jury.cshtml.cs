using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons.Jury.Pages;

/// <summary>
/// The jury of a hackathon for an editor of its area: the criteria, the judges assigned to the teams' results, how
/// far each review is, and the ranking the scores give. An editor who judges in the hackathon and has not submitted
/// yet gets 403 here, like a reviewer of a funding call: nobody sees the others' scores before giving their own.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class JuryModel(
    HackathonCatalog catalog, HackathonJury jury, JuryCriteria criteria, JuryRanking ranking, ReviewBook book, ProjectsAccess access) : PageModel
{
    public Hackathon Hackathon { get; private set; } = new();

    public List<JuryCriterion> Criteria { get; private set; } = [];

    /// <summary>A judge has submitted: the criteria stay as they are.</summary>
    public bool CriteriaFixed { get; private set; }

    public List<ReviewerChoice> Judges { get; private set; } = [];

    public List<ReviewAssignment> Assignments { get; private set; } = [];

    /// <summary>The names of everyone assigned, also of judges who have lost the role since.</summary>
    public Dictionary<Guid, string> Names { get; private set; } = [];

    public List<JuryRankingRow> Ranking { get; private set; } = [];

    public string? Refusal { get; private set; }

    [BindProperty]
    public JuryCriterionInput Criterion { get; set; } = new();

    [BindProperty]
    public int? SubmissionId { get; set; }

    [BindProperty]
    public Guid? JudgeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public static string LinkTo(int hackathonId) => $"/hackathons/{hackathonId}/jury";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAddCriterionAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "criterion-added", nameof(Criterion), () => criteria.AddAsync(Hackathon.Id, Criterion, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveCriterionAsync(int id, int criterionId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await criteria.RemoveAsync(Hackathon.Id, criterionId, cancellationToken);
        return outcome is null ? NotFound() : await ShowAsync(id, "criterion-removed", null, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int assignmentId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await jury.WithdrawAsync(Hackathon, assignmentId, cancellationToken);
        return outcome is null ? NotFound() : await ShowAsync(id, "withdrawn", null, outcome, cancellationToken);
    }

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "assigned", null, () => jury.AssignAsync(Hackathon, SubmissionId, JudgeId, SignedInAccount.IdOf(User), cancellationToken), cancellationToken);

    /// <summary>The confirmation after a step; only known values of the query string count.</summary>
    public string? DoneKey => Done switch
    {
        "criterion-added" or "criterion-removed" or "assigned" => $"Hackathons.Jury.Done.{Done}",
        "withdrawn" => "Reviewing.Done.withdrawn",
        _ => null,
    };

    public string NameOf(Guid? accountId) => accountId is { } id && Names.TryGetValue(id, out var name) ? name : "";

    private async Task<IActionResult> ActAsync(int id, string done, string? errorPrefix, Func<Task<ReviewOutcome>> act, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        return await ShowAsync(id, done, errorPrefix, await act(), cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int id, string done, string? errorPrefix, ReviewOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"{LinkTo(id)}?done={done}");
        }

        Refusal = outcome.Message;
        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(errorPrefix is null ? key : $"{errorPrefix}.{key}", message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        return await jury.IsStillJudgingAsync(User, hackathon, cancellationToken) || !await access.IsEditorAsync(User, hackathon.AreaId, cancellationToken)
            ? Forbid()
            : null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Criteria = await criteria.OfAsync(Hackathon.Id, cancellationToken);
        CriteriaFixed = await criteria.AreFixedAsync(Hackathon.Id, cancellationToken);
        Judges = await jury.JudgesAsync(Hackathon, cancellationToken);
        Assignments = await jury.AssignmentsAsync(Hackathon, cancellationToken);
        Names = (await book.NamedAsync([.. Assignments.Select(a => a.ReviewerId).OfType<Guid>().Distinct()], cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        Ranking = await ranking.OfAsync(Hackathon, Assignments, Criteria, cancellationToken);
    }
}

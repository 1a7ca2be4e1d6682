using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>
/// An editor of the hackathon's area changes a challenge by the rules of adding it, or deletes it while no team has
/// picked it, so no team loses the challenge its work answers.
/// </summary>
[Authorize]
public sealed class EditChallengeModel(
    HackathonCatalog catalog, ChallengeEditing challenges, ProjectsAccess access, DatastreamDirectory datastreams, IStringLocalizer<SharedTexts> texts)
    : ChallengeFormPage(catalog, access, datastreams)
{
    public HackathonChallenge EditedChallenge { get; private set; } = new();

    /// <summary>A team picked the challenge: it can be changed, not deleted.</summary>
    public bool IsPicked { get; private set; }

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int challengeId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, challengeId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = await challenges.InputOfAsync(EditedChallenge, cancellationToken);
        await SearchAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int challengeId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, challengeId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        AddErrors(await challenges.UpdateAsync(EditedChallenge, Input, cancellationToken));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData[nameof(DetailModel.Notice)] = "Hackathons.Edit.Saved";
        return Redirect($"/hackathons/{id}#challenge-{challengeId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int challengeId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, challengeId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Only the confirmation is posted with this form; the challenge's fields are shown as stored.
        ModelState.Clear();
        Input = await challenges.InputOfAsync(EditedChallenge, cancellationToken);
        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), texts["Hackathons.Delete.ConfirmRequired"]);
            return Page();
        }

        if (!await challenges.DeleteAsync(EditedChallenge, cancellationToken))
        {
            IsPicked = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData[nameof(DetailModel.Notice)] = "Hackathons.Challenge.Delete.Done";
        return Redirect($"/hackathons/{id}#challenges-heading");
    }

    private async Task<IActionResult?> RefusalAsync(int id, int challengeId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Hackathon.Challenges.SingleOrDefault(c => c.Id == challengeId) is not { } challenge)
        {
            return NotFound();
        }

        EditedChallenge = challenge;
        IsPicked = await challenges.IsPickedAsync(challengeId, cancellationToken);
        return null;
    }
}

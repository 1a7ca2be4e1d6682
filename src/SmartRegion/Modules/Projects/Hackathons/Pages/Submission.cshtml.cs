using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>A team member hands in the team's result or changes it, until the submission deadline.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class SubmissionModel(HackathonCatalog catalog, HackathonTeams teams, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public SubmissionInput Input { get; set; } = new();

    public Hackathon Hackathon { get; private set; } = new();

    public HackathonTeam Team { get; private set; } = new();

    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await catalog.SubmissionOfAsync(Team.Id, cancellationToken) is { } existing)
        {
            Input = new SubmissionInput { Description = existing.Description, RepositoryUrl = existing.RepositoryUrl, DemoUrl = existing.DemoUrl };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect($"/hackathons/{id}");
        }

        foreach (var (field, message) in HackathonRules.CheckSubmission(Input, texts).Where(p => p.Field.EndsWith("Url", StringComparison.Ordinal)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await teams.SubmitAsync(Hackathon, SignedInAccount.IdOf(User)!.Value, Input, cancellationToken);
        if (outcome != TeamOutcome.Done)
        {
            ModelState.AddModelError(string.Empty, texts[HackathonTexts.Outcome(outcome)]);
            IsOpen = teams.IsOpen(Hackathon);
            return Page();
        }

        TempData[nameof(DetailModel.Notice)] = "Hackathons.Submission.Saved";
        return Redirect($"/hackathons/{id}#participate");
    }

    /// <summary>Only members of a team reach the page; the team is the person's own, found by their membership.</summary>
    private async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        IsOpen = teams.IsOpen(hackathon);
        if (SignedInAccount.IdOf(User) is not { } accountId || await catalog.TeamOfAsync(id, accountId, cancellationToken) is not { } team)
        {
            return Forbid();
        }

        Team = team;
        return null;
    }
}

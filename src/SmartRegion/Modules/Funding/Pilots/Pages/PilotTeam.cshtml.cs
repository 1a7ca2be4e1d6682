using Microsoft.AspNetCore.Mvc;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>The lead (and staff of the call's area) write the public summary and add or remove team members by e-mail address.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class PilotTeamModel(PilotCatalog catalog, PilotViews views, PilotDesk desk) : PilotPageModel(catalog)
{
    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public IReadOnlyList<TeamMemberView> Team { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Summary = Pilot.Summary;
        return Page();
    }

    public Task<IActionResult> OnPostSummaryAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => desk.SaveSummaryAsync(Pilot, Summary, cancellationToken), "summary", cancellationToken);

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => desk.AddMemberAsync(Pilot, Email, cancellationToken), "team", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(int id, Guid member, CancellationToken cancellationToken) =>
        ActAsync(id, () => desk.RemoveMemberAsync(Pilot, member, cancellationToken), "team", cancellationToken);

    private async Task<IActionResult> ActAsync(int id, Func<Task<Applications.DeskOutcome>> act, string done, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(PilotCatalog.LinkTo(id));
        }

        var outcome = await act();
        if (outcome.Succeeded)
        {
            return DoneAt($"{PilotCatalog.LinkTo(id)}/team", done);
        }

        AddErrors(outcome, key => key);
        return Page();
    }

    private async Task<IActionResult?> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, role => role.CanManageTeam, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Team = await views.TeamAsync(Pilot, cancellationToken);
        return null;
    }
}

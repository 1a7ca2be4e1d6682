using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>
/// One hackathon: challenges with their sensor data, teams and, once published, the results. Signed-in people register,
/// form or join a team, pick its challenge and leave it here; every such write is limited and refused after the deadline.
/// </summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class DetailModel(
    HackathonCatalog catalog, HackathonTeams teams, Jury.JuryCriteria jury, Files.SubmissionFiles files, RegionDirectory directory, ProjectsAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public Hackathon Hackathon { get; private set; } = new();

    public string AreaName { get; private set; } = "";

    public IReadOnlyDictionary<long, DatastreamInfo> Datastreams { get; private set; } = new Dictionary<long, DatastreamInfo>();

    public List<HackathonTeam> Teams { get; private set; } = [];

    public List<HackathonSubmission> Results { get; private set; } = [];

    /// <summary>What the jury judged by, shown with the published results.</summary>
    public List<Jury.JuryCriterion> JuryCriteria { get; private set; } = [];

    /// <summary>The files of the awarded results, by result.</summary>
    public ILookup<int, Files.SubmissionFileInfo> ResultFiles { get; private set; } = Array.Empty<Files.SubmissionFileInfo>().ToLookup(f => f.SubmissionId);

    public bool IsSignedIn { get; private set; }

    public bool IsRegistered { get; private set; }

    public HackathonTeam? MyTeam { get; private set; }

    public bool IsOpen { get; private set; }

    public bool MayEdit { get; private set; }

    /// <summary>
    /// For a member of a team with a published place 1–3: where the funding pot takes the result into an application.
    /// A plain address, because this module knows nothing of the funding pot's code.
    /// </summary>
    public string? FundingApplicationLink { get; private set; }

    /// <summary>The outcome of the last action, shown as a notice.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Bound only by the create-team handler, so the page's other forms are not checked against it.</summary>
    public TeamInput Team { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, (hackathon, accountId) => teams.RegisterAsync(hackathon, accountId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostJoinAsync(int id, int teamId, CancellationToken cancellationToken) =>
        ActAsync(id, (hackathon, accountId) => teams.JoinAsync(hackathon, teamId, accountId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, (hackathon, accountId) => teams.LeaveAsync(hackathon, accountId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostChallengeAsync(int id, int? challengeId, CancellationToken cancellationToken) =>
        ActAsync(id, (hackathon, accountId) => teams.ChooseChallengeAsync(hackathon, accountId, challengeId, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCreateTeamAsync(int id, [Bind(Prefix = nameof(Team))] TeamInput team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        Team = team;
        if (SignedInAccount.IdOf(User) is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid && !Honeypot.IsFilled(Request))
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await ActAsync(id, async (hackathon, accountId) => (await teams.CreateTeamAsync(hackathon, accountId, team.Name!, cancellationToken)).Outcome, cancellationToken);
    }

    private async Task<IActionResult> ActAsync(int id, Func<Hackathon, Guid, Task<TeamOutcome>> act, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(User) is not { } accountId)
        {
            return Challenge();
        }

        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            // Told it worked, so a bot learns nothing; nothing is stored.
            return Redirect($"/hackathons/{id}");
        }

        var outcome = await act(hackathon, accountId);
        if (outcome == TeamOutcome.NameTaken)
        {
            ModelState.AddModelError($"{nameof(Team)}.{nameof(TeamInput.Name)}", texts[HackathonTexts.Outcome(outcome)]);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Notice = HackathonTexts.Outcome(outcome);
        return Redirect($"/hackathons/{id}#participate");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return false;
        }

        Hackathon = hackathon;
        AreaName = (await directory.LookupAsync([hackathon.AreaId], cancellationToken)).GetValueOrDefault(hackathon.AreaId) ?? "";
        Datastreams = await catalog.DatastreamsOfAsync(hackathon, cancellationToken);
        Teams = await catalog.TeamsAsync(id, cancellationToken);
        IsOpen = teams.IsOpen(hackathon);
        if (hackathon.ResultsPublishedAt is not null)
        {
            Results = [.. (await catalog.SubmissionsAsync(id, cancellationToken)).Where(s => s.Award != HackathonAward.None).OrderBy(s => s.Award)];
            JuryCriteria = await jury.OfAsync(id, cancellationToken);
            ResultFiles = (await files.OfAsync([.. Results.Select(r => r.Id)], cancellationToken)).ToLookup(f => f.SubmissionId);
        }

        if (SignedInAccount.IdOf(User) is { } accountId)
        {
            IsSignedIn = true;
            IsRegistered = await catalog.IsRegisteredAsync(id, accountId, cancellationToken);
            MyTeam = await catalog.TeamOfAsync(id, accountId, cancellationToken);
            MayEdit = await access.IsEditorAsync(User, hackathon.AreaId, cancellationToken);
            if (Results.SingleOrDefault(s => s.TeamId == MyTeam?.Id && s.Award.Place() is not null) is { } winning)
            {
                FundingApplicationLink = $"/funding/from-hackathon/{winning.Id}";
            }
        }

        return true;
    }

    public string TeamName(int teamId) => Teams.SingleOrDefault(t => t.Id == teamId)?.Name ?? "";

    public string ChallengeTitle(int? challengeId) => Hackathon.Challenges.SingleOrDefault(c => c.Id == challengeId)?.Title ?? "";
}

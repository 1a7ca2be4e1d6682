using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>
/// An editor of the hackathon's area awards places 1–3 and honourable mentions, each with a jury statement, and
/// publishes them; the jury's standing of each result is shown beside it (not to an editor who still judges here).
/// </summary>
[Authorize]
public sealed class ResultsModel(HackathonCatalog catalog, HackathonEditing editing, ProjectsAccess access, JuryRanking ranking, HackathonJury jury) : PageModel
{
    [BindProperty]
    public List<AwardInput> Awards { get; set; } = [];

    public Hackathon Hackathon { get; private set; } = new();

    public List<HackathonSubmission> Submissions { get; private set; } = [];

    public Dictionary<int, string> TeamNames { get; private set; } = [];

    /// <summary>The jury's standing by result; empty while the person judges in this hackathon.</summary>
    public Dictionary<int, SubjectStanding> Standings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Awards = [.. Submissions.Select(s => new AwardInput { SubmissionId = s.Id, Award = s.Award, JuryStatement = s.JuryStatement })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        foreach (var (field, message) in await editing.PublishResultsAsync(Hackathon, Awards, cancellationToken))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return Redirect($"/hackathons/{id}#results-heading");
    }

    public AwardInput AwardOf(int submissionId) => Awards.FirstOrDefault(a => a.SubmissionId == submissionId) ?? new AwardInput { SubmissionId = submissionId };

    private async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        if (!await access.IsEditorAsync(User, hackathon.AreaId, cancellationToken))
        {
            return Forbid();
        }

        Submissions = await catalog.SubmissionsAsync(id, cancellationToken);
        TeamNames = (await catalog.TeamsAsync(id, cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        Standings = await jury.IsStillJudgingAsync(User, hackathon, cancellationToken)
            ? []
            : (await ranking.OfAsync(hackathon, cancellationToken)).ToDictionary(r => r.Submission.Id, r => r.Standing);
        return null;
    }
}

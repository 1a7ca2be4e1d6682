using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Sensing.Queries;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>An editor of the hackathon's area adds a challenge; a search finds the Datastreams to link by name.</summary>
[Authorize]
public sealed class NewChallengeModel(HackathonCatalog catalog, HackathonEditing editing, ProjectsAccess access, DatastreamDirectory datastreams) : PageModel
{
    [BindProperty]
    public ChallengeInput Input { get; set; } = new();

    public Hackathon Hackathon { get; private set; } = new();

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<DatastreamInfo> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Found = string.IsNullOrWhiteSpace(Search) ? [] : await datastreams.SearchAsync(Search, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (challenge, problems) = await editing.AddChallengeAsync(Hackathon, Input, cancellationToken);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        return challenge is null ? Page() : Redirect($"/hackathons/{id}#challenge-{challenge.Id}");
    }

    private async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        return await access.IsEditorAsync(User, hackathon.AreaId, cancellationToken) ? null : Forbid();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Sensing.Queries;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>An editor of the hackathon's area adds a challenge; a search finds the Datastreams to link by name.</summary>
[Authorize]
public sealed class NewChallengeModel(HackathonCatalog catalog, ChallengeEditing challenges, ProjectsAccess access, DatastreamDirectory datastreams)
    : ChallengeFormPage(catalog, access, datastreams)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await SearchAsync(cancellationToken);
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

        var (challenge, problems) = await challenges.AddAsync(Hackathon, Input, cancellationToken);
        AddErrors(problems);
        return challenge is null ? Page() : Redirect($"/hackathons/{id}#challenge-{challenge.Id}");
    }
}

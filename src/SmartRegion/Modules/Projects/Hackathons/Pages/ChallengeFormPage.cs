using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Sensing.Queries;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>
/// What the pages that add and change a challenge share: the editor check, the form's input (<c>_ChallengeFields</c>)
/// and the search for Datastreams by name (<c>_ChallengeSearch</c>).
/// </summary>
public abstract class ChallengeFormPage(HackathonCatalog catalog, ProjectsAccess access, DatastreamDirectory datastreams) : PageModel
{
    [BindProperty]
    public ChallengeInput Input { get; set; } = new();

    public Hackathon Hackathon { get; private set; } = new();

    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<DatastreamInfo> Found { get; private set; } = [];

    /// <summary>404 for an unknown hackathon, 403 unless the person edits its area; null when they may go on.</summary>
    protected async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        return await access.IsEditorAsync(User, hackathon.AreaId, cancellationToken) ? null : Forbid();
    }

    protected async Task SearchAsync(CancellationToken cancellationToken) =>
        Found = string.IsNullOrWhiteSpace(Search) ? [] : await datastreams.SearchAsync(Search, cancellationToken);

    protected void AddErrors(IEnumerable<(string Field, string Message)> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>A maker's own overview: the profile, the portfolio and the status of their support requests.</summary>
[Authorize]
public sealed class MineModel(MakerCatalog catalog, SupportDesk desk) : PageModel
{
    public MakerProfile? Profile { get; private set; }

    public List<MakerProject> Projects { get; private set; } = [];

    public List<SupportRequest> Requests { get; private set; } = [];

    [FromQuery(Name = "saved")]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ProjectsAccess.IsProjectMaker(User))
        {
            return Forbid();
        }

        Profile = await catalog.ProfileOfAsync(SignedInAccount.IdOf(User)!.Value, cancellationToken);
        if (Profile is not null)
        {
            Projects = await catalog.ProjectsOfAsync(Profile.Id, cancellationToken);
            Requests = await desk.RequestsOfAsync(Profile.Id, cancellationToken);
        }

        return Page();
    }
}

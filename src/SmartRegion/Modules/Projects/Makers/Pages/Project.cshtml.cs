using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>A project's public page, with the way to get in touch its maker chose.</summary>
public sealed class ProjectModel(MakerCatalog catalog, RegionDirectory directory) : PageModel
{
    public MakerProject Project { get; private set; } = default!;

    public MakerProfile Maker { get; private set; } = default!;

    public MakerNames Names { get; private set; } = default!;

    public bool IsOwner => SignedInAccount.IdOf(User) == Maker.AccountId;

    [FromQuery(Name = "sent")]
    public bool Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await catalog.ProjectBySlugAsync(slug, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project;
        Maker = (await catalog.ProfileByIdAsync(project.ProfileId, cancellationToken))!;
        Names = await MakerNames.LoadAsync(directory, cancellationToken);
        return Page();
    }
}

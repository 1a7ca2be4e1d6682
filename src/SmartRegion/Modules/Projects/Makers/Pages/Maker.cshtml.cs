using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>A maker's public page: who they are, what they seek and offer, and their portfolio.</summary>
public sealed class MakerModel(MakerCatalog catalog, RegionDirectory directory) : PageModel
{
    public MakerProfile Profile { get; private set; } = default!;

    public List<MakerProject> Projects { get; private set; } = [];

    public MakerNames Names { get; private set; } = default!;

    public bool IsOwner => SignedInAccount.IdOf(User) == Profile.AccountId;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await catalog.ProfileBySlugAsync(slug, cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        Projects = await catalog.ProjectsOfAsync(profile.Id, cancellationToken);
        Names = await MakerNames.LoadAsync(directory, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>A maker adds a project to their portfolio (no id), changes or deletes one of their own.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ProjectEditModel(MakerCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public MakerNames Names { get; private set; } = default!;

    public MakerProject? Existing { get; private set; }

    private MakerProfile profile = default!;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Existing is not null)
        {
            Input = MakerCatalog.InputOf(Existing);
        }
        else
        {
            Input.AreaId = profile.AreaId;
        }

        Names = await MakerNames.LoadAsync(directory, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect("/account/maker");
        }

        var problems = MakerRules.CheckProject(Input, await catalog.AreaExistsAsync(Input.AreaId, cancellationToken), await catalog.FieldKeysAsync(cancellationToken), texts);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            Names = await MakerNames.LoadAsync(directory, cancellationToken);
            return Page();
        }

        var saved = await catalog.SaveProjectAsync(profile, Existing, Input, cancellationToken);
        return Redirect($"/projects/{saved.Slug}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await catalog.DeleteProjectAsync(Existing!, cancellationToken);
        return Redirect("/account/maker?saved=deleted");
    }

    /// <summary>Only project makers with a profile; a project only its own maker. Null when allowed.</summary>
    private async Task<IActionResult?> AllowedAsync(int? id, CancellationToken cancellationToken)
    {
        if (!ProjectsAccess.IsProjectMaker(User))
        {
            return Forbid();
        }

        if (await catalog.ProfileOfAsync(SignedInAccount.IdOf(User)!.Value, cancellationToken) is not { } own)
        {
            return Redirect("/account/maker/profile");
        }

        profile = own;
        if (id is { } projectId)
        {
            Existing = await catalog.ProjectByIdAsync(projectId, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }

            if (Existing.ProfileId != own.Id)
            {
                return Forbid();
            }
        }

        return null;
    }
}

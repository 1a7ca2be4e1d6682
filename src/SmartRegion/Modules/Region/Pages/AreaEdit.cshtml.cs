using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Region.Pages;

/// <summary>Editors describe an area. An editor limited to an area may edit it and the areas below it, nothing else.</summary>
[Authorize]
public sealed class AreaEditModel(SmartRegionDb db, RegionDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AreaEditInput Input { get; set; } = new();

    public string AreaName { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var (area, refusal) = await EditableAreaAsync(slug, cancellationToken);
        if (area is null)
        {
            return refusal!;
        }

        Input = new AreaEditInput { DescriptionDe = area.DescriptionDe, DescriptionEn = area.DescriptionEn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var (area, refusal) = await EditableAreaAsync(slug, cancellationToken);
        if (area is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        area.DescriptionDe = string.IsNullOrWhiteSpace(Input.DescriptionDe) ? null : Input.DescriptionDe.Trim();
        area.DescriptionEn = string.IsNullOrWhiteSpace(Input.DescriptionEn) ? null : Input.DescriptionEn.Trim();
        area.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/areas/{area.Slug}?saved=true");
    }

    /// <summary>The area, when it exists and the person may edit it; otherwise the answer to give instead.</summary>
    private async Task<(Area? Area, IActionResult? Refusal)> EditableAreaAsync(string slug, CancellationToken cancellationToken)
    {
        var area = await db.Set<Area>().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (area is null)
        {
            return (null, NotFound());
        }

        if (!await directory.HoldsRoleInAsync(User, Roles.Editor, area.Id, cancellationToken))
        {
            return (null, Forbid());
        }

        (AreaName, Slug) = (area.Name, area.Slug);
        return (area, null);
    }
}

public sealed class AreaEditInput
{
    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AreaEdit.DescriptionDe")]
    public string? DescriptionDe { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "AreaEdit.DescriptionEn")]
    public string? DescriptionEn { get; set; }
}

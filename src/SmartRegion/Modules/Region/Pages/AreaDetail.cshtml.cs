using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Region.Pages;

public sealed class AreaDetailModel(SmartRegionDb db, RegionDirectory directory) : PageModel
{
    public Area Area { get; private set; } = default!;

    public Area? Parent { get; private set; }

    public IReadOnlyList<Area> Children { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var area = await db.Set<Area>().AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        Area = area;
        Parent = area.ParentId is null ? null : await db.Set<Area>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == area.ParentId, cancellationToken);
        Children = await db.Set<Area>().AsNoTracking().Where(a => a.ParentId == area.Id).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        CanEdit = User.Identity?.IsAuthenticated == true && await directory.HoldsRoleInAsync(User, Roles.Editor, area.Id, cancellationToken);
        return Page();
    }
}

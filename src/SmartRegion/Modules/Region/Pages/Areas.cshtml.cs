using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;


namespace SmartRegion.Modules.Region.Pages;

public sealed class AreasModel(SmartRegionDb db) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public int? RootId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = await db.Set<Area>().AsNoTracking().OrderBy(a => a.Kind).ThenBy(a => a.Name).ToListAsync(cancellationToken);
        RootId = Areas.FirstOrDefault(a => a.ParentId is null)?.Id;
    }
}

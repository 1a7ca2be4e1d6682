using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>All hackathons: the coming and running ones first, then the past ones.</summary>
public sealed class IndexModel(HackathonCatalog catalog, RegionDirectory directory, TimeProvider clock) : PageModel
{
    public List<Hackathon> Upcoming { get; private set; } = [];

    public List<Hackathon> Past { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    /// <summary>The text key of what an editor just did (a deletion), shown once.</summary>
    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await catalog.ListAsync(cancellationToken);
        Upcoming = [.. all.Where(h => h.EndsAt >= now).OrderBy(h => h.StartsAt)];
        Past = [.. all.Where(h => h.EndsAt < now)];
        AreaNames = await directory.LookupAsync(all.Select(h => h.AreaId), cancellationToken);
    }
}

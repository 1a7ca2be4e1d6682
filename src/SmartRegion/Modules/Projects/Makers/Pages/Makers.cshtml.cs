using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>The public directory of project makers, by field and area (and the areas below it).</summary>
public sealed class MakersModel(MakerCatalog catalog, RegionDirectory directory) : PageModel
{
    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "area")]
    public string? Area { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<MakerProfile> Makers { get; private set; } = [];

    public int Total { get; private set; }

    public MakerNames Names { get; private set; } = default!;

    public PagingView Paging => new(Request.Path, PageNumber, Total, new Dictionary<string, string?> { ["field"] = Field, ["area"] = Area });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Names = await MakerNames.LoadAsync(directory, cancellationToken);
        PageNumber = Math.Max(1, PageNumber);
        var field = Names.Fields.Any(f => f.Key == Field) ? Field : null;
        (Makers, Total) = await catalog.MakersAsync(field, await catalog.AreaScopeAsync(Area, cancellationToken), PageNumber, cancellationToken);
    }
}

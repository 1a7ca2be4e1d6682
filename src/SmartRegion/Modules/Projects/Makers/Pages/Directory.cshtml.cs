using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>The public directory of all makers' projects, by field, area (and below) and stage.</summary>
public sealed class DirectoryModel(MakerCatalog catalog, RegionDirectory directory) : PageModel
{
    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "area")]
    public string? Area { get; set; }

    [FromQuery(Name = "stage")]
    public string? Stage { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<MakerProject> Projects { get; private set; } = [];

    public Dictionary<int, MakerProfile> Makers { get; private set; } = [];

    public int Total { get; private set; }

    public MakerNames Names { get; private set; } = default!;

    public PagingView Paging => new(Request.Path, PageNumber, Total, new Dictionary<string, string?> { ["field"] = Field, ["area"] = Area, ["stage"] = Stage });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Names = await MakerNames.LoadAsync(directory, cancellationToken);
        PageNumber = Math.Max(1, PageNumber);
        var field = Names.Fields.Any(f => f.Key == Field) ? Field : null;
        ProjectStage? stage = Enum.TryParse<ProjectStage>(Stage, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        (Projects, Total) = await catalog.ProjectsAsync(field, await catalog.AreaScopeAsync(Area, cancellationToken), stage, PageNumber, cancellationToken);
        Makers = await catalog.ProfilesAsync(Projects.Select(p => p.ProfileId), cancellationToken);
    }
}

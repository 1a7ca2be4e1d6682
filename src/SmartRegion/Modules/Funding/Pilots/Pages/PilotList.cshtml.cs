using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Queries;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>
/// Every funded pilot, by field and area, and what the pilots achieved per field. A signed-in team member
/// also sees their own pilots with the report that is due next.
/// </summary>
public sealed class PilotListModel(PilotCatalog catalog, PilotViews views, PilotDirectory directory, RegionDirectory region) : PageModel
{
    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "area")]
    public string? Area { get; set; }

    public List<FundingPilot> Pilots { get; private set; } = [];

    public List<FundingPilot> Mine { get; private set; } = [];

    public IReadOnlyList<PilotResultInfo> Results { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    public List<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public DateOnly Today => catalog.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Fields = await region.FieldsAsync(cancellationToken);
        Areas = await region.ChoicesAsync(cancellationToken);
        Pilots = await views.ListAsync(Field, Area, cancellationToken);
        var fieldKey = Fields.Any(f => f.Key == Field) ? Field : null;
        Results = [.. (await directory.ResultsAsync(fieldKey, cancellationToken)).Where(r => Area is null || Pilots.Any(p => p.Id == r.PilotId))];
        if (SignedInAccount.IdOf(User) is { } accountId)
        {
            Mine = await catalog.OfMemberAsync(accountId, cancellationToken);
        }

        AreaNames = await region.LookupAsync(Pilots.Concat(Mine).Select(p => p.AreaId), cancellationToken);
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Processes.Pages;

/// <summary>The entrance to participation: the published processes, filterable by area and field, and the ways to take part.</summary>
public sealed class OverviewModel(SmartRegionDb db, RegionDirectory directory, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    public ProcessPage Processes { get; private set; } = new([], 1, ProcessQueries.DefaultPageSize, 0);

    public string? AreaFilter { get; private set; }

    public string? FieldFilter { get; private set; }

    public bool MayCreate { get; private set; }

    public Dictionary<string, FieldInfo> FieldsByKey { get; private set; } = [];

    public async Task OnGetAsync(string? area, string? field, int? page, CancellationToken cancellationToken)
    {
        Areas = await directory.ChoicesAsync(cancellationToken);
        Fields = await directory.FieldsAsync(cancellationToken);
        FieldsByKey = Fields.ToDictionary(f => f.Key);
        var areaId = Areas.FirstOrDefault(a => a.Slug == area)?.Id;
        AreaFilter = areaId is null ? null : area;
        FieldFilter = field is not null && FieldsByKey.ContainsKey(field) ? field : null;
        Processes = await ProcessQueries.PublishedAsync(
            db, directory, areaId, FieldFilter, page ?? 1, ProcessQueries.DefaultPageSize, clock.GetUtcNow().UtcDateTime, cancellationToken);
        MayCreate = (await ProcessQueries.EditableAreasAsync(User, directory, cancellationToken)).Count > 0;
    }

    /// <summary>The overview's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (AreaFilter is not null)
        {
            query.Add(new("area", AreaFilter));
        }

        if (FieldFilter is not null)
        {
            query.Add(new("field", FieldFilter));
        }

        query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/participation" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}

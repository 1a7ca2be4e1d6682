using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Ideas.Pages;

/// <summary>The filter form shared by the idea list and the map, with its choices.</summary>
public sealed record IdeaFilterForm(
    IdeaFilter Filter, string Action, bool ShowSort, IReadOnlyList<AreaChoice> Areas, IReadOnlyList<FieldInfo> Fields,
    IReadOnlyList<(string Slug, string Title)> Processes)
{
    public static async Task<IdeaFilterForm> LoadAsync(
        IdeaFilter filter, string action, bool showSort, RegionDirectory directory, SmartRegionDb db, bool english, CancellationToken cancellationToken)
    {
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.TitleDe).ToListAsync(cancellationToken);
        return new IdeaFilterForm(
            filter, action, showSort, await directory.ChoicesAsync(cancellationToken), await directory.FieldsAsync(cancellationToken),
            [.. processes.Select(p => (p.Slug, p.Title(english)))]);
    }

    /// <summary>A link to <paramref name="path"/> with the same filters (and page, when given).</summary>
    public static string Link(string path, IdeaFilter filter, int? page = null, bool withSort = true)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pairs = filter.QueryPairs(withSort).ToList();
        if (page is > 1)
        {
            pairs.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return path + QueryString.Create(pairs);
    }
}

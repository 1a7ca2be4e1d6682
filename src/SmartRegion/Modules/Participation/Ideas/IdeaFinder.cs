using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Ideas;

public enum IdeaSort
{
    Newest,
    MostSupported,
    MostCommented,
}

/// <summary>The filters of the idea list, the map and the API; bound from the query string (<c>?area=kiel&amp;sort=MostSupported</c>).</summary>
public sealed class IdeaFilter
{
    /// <summary>Area slug; ideas of the areas below it count too.</summary>
    public string? Area { get; set; }

    public string? Field { get; set; }

    public IdeaStatus? Status { get; set; }

    /// <summary>Process slug.</summary>
    public string? Process { get; set; }

    /// <summary>Words searched in title and text.</summary>
    public string? Q { get; set; }

    public IdeaSort Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The filters (without page) as query pairs, for links between list, map and pages.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryPairs(bool withSort = true)
    {
        if (!string.IsNullOrWhiteSpace(Area))
        {
            yield return new("area", Area);
        }

        if (!string.IsNullOrWhiteSpace(Field))
        {
            yield return new("field", Field);
        }

        if (Status is not null)
        {
            yield return new("status", Status.Value.ToString());
        }

        if (!string.IsNullOrWhiteSpace(Process))
        {
            yield return new("process", Process);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            yield return new("q", Q);
        }

        if (withSort && Sort != IdeaSort.Newest)
        {
            yield return new("sort", Sort.ToString());
        }
    }
}

/// <summary>One line of the idea list. A hidden idea keeps its place but shows no title.</summary>
public sealed record IdeaSummary(
    int Id, string? Title, string Language, int AreaId, string AreaName, string FieldKey, IdeaStatus Status,
    int SupportCount, int CommentCount, DateTime CreatedAt, bool IsHidden, bool HasPoint);

/// <summary>
/// One page of the list. When <see cref="TotalIsLowerBound"/> is set, the list holds more than <see cref="Total"/>
/// ideas (see <see cref="IdeaFinder.CountAhead"/>) and the pager names the pages known so far.
/// </summary>
public sealed record IdeaPage(IReadOnlyList<IdeaSummary> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads ideas for lists, the map and the API with the same filters.</summary>
public sealed class IdeaFinder(SmartRegionDb db, RegionDirectory directory)
{
    public const int PageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// How many ideas past the start of the current page are counted. Counting every match of a broad filter
    /// (Kiel holds most ideas) costs more than finding the page itself; nobody pages through a thousand ideas,
    /// so beyond this the list says "more than" and the count stays cheap however large the region's list grows.
    /// </summary>
    public const int CountAhead = 1000;

    /// <summary>The filtered ideas, or null when the filter names an area or process that does not exist.</summary>
    public async Task<IQueryable<Idea>?> FilterAsync(IdeaFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<Idea>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            var areaId = await directory.AreaIdAsync(filter.Area, cancellationToken);
            if (areaId is null)
            {
                return null;
            }

            var areas = await directory.AreaAndBelowAsync(areaId.Value, cancellationToken);
            query = query.Where(i => areas.Contains(i.AreaId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            query = query.Where(i => i.FieldKey == filter.Field);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Process))
        {
            var processId = await db.Set<Process>().Where(p => p.Slug == filter.Process && p.IsPublished).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
            if (processId is null)
            {
                return null;
            }

            query = query.Where(i => i.ProcessId == processId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Lower-cased on both sides, so the search ignores case on both engines; hidden text is never searched.
            var words = filter.Q.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower() and LIKE; no .NET culture takes part.
            query = query.Where(i => i.HiddenAt == null && (i.Title.ToLower().Contains(words) || i.Body.ToLower().Contains(words)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return query;
    }

    public static IQueryable<Idea> Sorted(IQueryable<Idea> query, IdeaSort sort) => sort switch
    {
        IdeaSort.MostSupported => query.OrderByDescending(i => i.SupportCount).ThenByDescending(i => i.Id),
        IdeaSort.MostCommented => query.OrderByDescending(i => i.CommentCount).ThenByDescending(i => i.Id),
        _ => query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id),
    };

    public async Task<IdeaPage> ListAsync(IdeaFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var query = await FilterAsync(filter, cancellationToken);
        if (query is null)
        {
            return new IdeaPage([], 0, page, pageSize);
        }

        var countLimit = ((page - 1) * pageSize) + CountAhead + 1;
        var counted = await query.Take(countLimit).CountAsync(cancellationToken);
        var totalIsLowerBound = counted == countLimit;
        var total = totalIsLowerBound ? countLimit - 1 : counted;
        var rows = await Sorted(query, filter.Sort).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new { i.Id, i.Title, i.Language, i.AreaId, i.FieldKey, i.Status, i.SupportCount, i.CommentCount, i.CreatedAt, Hidden = i.HiddenAt != null, HasPoint = i.Latitude != null })
            .ToListAsync(cancellationToken);
        var names = await directory.LookupAsync(rows.Select(r => r.AreaId), cancellationToken);
        var items = rows.Select(r => new IdeaSummary(
            r.Id, r.Hidden ? null : r.Title, r.Language, r.AreaId, names.GetValueOrDefault(r.AreaId, ""), r.FieldKey, r.Status,
            r.SupportCount, r.CommentCount, r.CreatedAt, r.Hidden, r.HasPoint)).ToList();
        return new IdeaPage(items, total, page, pageSize, totalIsLowerBound);
    }
}

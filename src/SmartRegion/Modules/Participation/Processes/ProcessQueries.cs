using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Participation.Processes;

/// <summary>A process in a list, with its current phase.</summary>
public sealed record ProcessListItem(Process Process, AreaChoice? Area, Phase? CurrentPhase);

/// <summary>One page of a list and how many there are in all.</summary>
public sealed record ProcessPage(IReadOnlyList<ProcessListItem> Items, int Page, int PageSize, int Total)
{
    public bool HasNext => Page * PageSize < Total;
}

/// <summary>Reading processes for the overview, the process page and the API.</summary>
public static class ProcessQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Published processes, newest first, in the area (and the areas below it) and field asked for.</summary>
    public static async Task<ProcessPage> PublishedAsync(
        SmartRegionDb db, RegionDirectory directory, int? areaId, string? fieldKey, int page, int pageSize, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(directory);
        var query = db.Set<Process>().AsNoTracking().Where(p => p.IsPublished);
        if (areaId is { } area)
        {
            var areas = await directory.AreaAndBelowAsync(area, cancellationToken);
            query = query.Where(p => areas.Contains(p.AreaId));
        }

        if (!string.IsNullOrEmpty(fieldKey))
        {
            query = query.Where(p => p.FieldKey == fieldKey);
        }

        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var processes = await query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(p => p.Phases).AsSplitQuery()
            .ToListAsync(cancellationToken);
        var areasById = (await directory.ChoicesAsync(cancellationToken)).ToDictionary(a => a.Id);
        var items = processes.Select(p => new ProcessListItem(p, areasById.GetValueOrDefault(p.AreaId), ProcessPhases.Current(p.Phases, utcNow))).ToList();
        return new ProcessPage(items, page, pageSize, total);
    }

    /// <summary>The process with its phases in order, published or not; the caller decides who may see a draft.</summary>
    public static async Task<Process?> BySlugAsync(SmartRegionDb db, string slug, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = tracked ? db.Set<Process>() : db.Set<Process>().AsNoTracking();
        var process = await query.Include(p => p.Phases).SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        process?.Phases.Sort((a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.StartsAt.CompareTo(b.StartsAt));
        return process;
    }

    /// <summary>
    /// The areas in which the person may run processes: every area for an admin or a region-wide editor, else
    /// the areas of their editor grants and everything below them. Used to offer choices; the final word on a
    /// save is <see cref="Common.ParticipationAccess.IsEditorAsync"/>.
    /// </summary>
    public static async Task<List<AreaChoice>> EditableAreasAsync(ClaimsPrincipal user, RegionDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(directory);
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var all = await directory.ChoicesAsync(cancellationToken);
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor))
        {
            return all;
        }

        var grantedAreas = user.FindAll(PlatformClaims.ScopedRole)
            .Select(c => c.Value.Split('@'))
            .Where(parts => parts.Length == 2 && parts[0] == Roles.Editor && int.TryParse(parts[1], CultureInfo.InvariantCulture, out _))
            .Select(parts => $"/{parts[1]}/")
            .ToList();
        return [.. all.Where(a => grantedAreas.Exists(marker => a.Path.Contains(marker, StringComparison.Ordinal)))];
    }
}

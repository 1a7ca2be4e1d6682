using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Geo;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Region.Queries;

/// <summary>
/// The Region module's public query service: other modules ask it about areas and about who may act in an
/// area, and never touch the area tables themselves.
/// </summary>
public sealed class RegionDirectory(SmartRegionDb db) : IAreaNameLookup
{
    public async Task<IReadOnlyDictionary<int, string>> LookupAsync(IEnumerable<int> areaIds, CancellationToken cancellationToken)
    {
        var ids = areaIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<int, string>()
            // Only the names: an area row carries its boundary, which can be megabytes of GeoJSON.
            : await db.Set<Area>().AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name })
                .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }

    public async Task<IReadOnlyList<AreaListEntry>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await ChoicesAsync(cancellationToken)).Select(a => new AreaListEntry(a.Id, a.Name, a.Depth))];

    /// <summary>The strategy's fields in their configured order.</summary>
    public Task<List<FieldInfo>> FieldsAsync(CancellationToken cancellationToken) =>
        db.Set<Field>().AsNoTracking().OrderBy(f => f.SortOrder)
            .Select(f => new FieldInfo(f.Key, f.Kind, f.NameDe, f.NameEn, f.DescriptionDe, f.DescriptionEn))
            .ToListAsync(cancellationToken);

    /// <summary>The areas directly below the region (the districts and independent cities).</summary>
    public Task<List<AreaChoice>> TopLevelAreasAsync(CancellationToken cancellationToken) =>
        db.Set<Area>().AsNoTracking()
            .Where(a => a.Kind == AreaKind.District || a.Kind == AreaKind.IndependentCity)
            .OrderBy(a => a.Name)
            .Select(a => new AreaChoice(a.Id, a.Name, a.Kind, a.Path, a.Slug))
            .ToListAsync(cancellationToken);

    public Task<List<AreaChoice>> ChoicesAsync(CancellationToken cancellationToken) =>
        db.Set<Area>().AsNoTracking().OrderBy(a => a.Path).Select(a => new AreaChoice(a.Id, a.Name, a.Kind, a.Path, a.Slug)).ToListAsync(cancellationToken);

    /// <summary>The id of the area with this slug, or null when there is none.</summary>
    public Task<int?> AreaIdAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<Area>().Where(a => a.Slug == slug).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The area with the smallest imported boundary that holds the point (a point on the boundary line counts),
    /// or null when no imported boundary does. The database narrows the candidates by their bounding boxes; the
    /// test against the polygon runs here, because SQLite has no spatial types and both engines must agree.
    /// </summary>
    public async Task<int?> SmallestAreaContainingAsync(double latitude, double longitude, CancellationToken cancellationToken)
    {
        var candidates = await db.Set<Area>().AsNoTracking()
            .Where(a => a.BoundaryGeoJson != null
                && a.MinLatitude <= latitude && a.MaxLatitude >= latitude
                && a.MinLongitude <= longitude && a.MaxLongitude >= longitude)
            .Select(a => new { a.Id, a.BoundaryGeoJson })
            .ToListAsync(cancellationToken);
        var point = new Point(longitude, latitude);
        return candidates
            .Select(c => (c.Id, Boundary: GeometryText.Read(c.BoundaryGeoJson)))
            .Where(c => c.Boundary is not null && c.Boundary.Covers(point))
            .OrderBy(c => c.Boundary!.Area)
            .ThenBy(c => c.Id)
            .Select(c => (int?)c.Id)
            .FirstOrDefault();
    }

    public Task<bool> FieldExistsAsync(string key, CancellationToken cancellationToken) =>
        db.Set<Field>().AnyAsync(f => f.Key == key, cancellationToken);

    /// <summary>Whether <paramref name="areaId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public async Task<bool> IsWithinAsync(int areaId, int ancestorId, CancellationToken cancellationToken)
    {
        var path = await db.Set<Area>().Where(a => a.Id == areaId).Select(a => a.Path).SingleOrDefaultAsync(cancellationToken);
        return path is not null && path.Contains($"/{ancestorId}/", StringComparison.Ordinal);
    }

    /// <summary>The ids of the area and of every area below it, for filtering lists by area.</summary>
    public async Task<List<int>> AreaAndBelowAsync(int areaId, CancellationToken cancellationToken)
    {
        var marker = $"/{areaId}/";
        return await db.Set<Area>().Where(a => a.Path.Contains(marker)).Select(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The accounts granted <paramref name="role"/> for <paramref name="areaId"/>: region-wide, for the area itself or
    /// for an area above it. Admins hold every role without a grant and are not listed.
    /// </summary>
    public async Task<List<Guid>> GranteesOfRoleInAsync(string role, int areaId, CancellationToken cancellationToken)
    {
        var path = await db.Set<Area>().Where(a => a.Id == areaId).Select(a => a.Path).SingleOrDefaultAsync(cancellationToken);
        var withAncestors = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        return await db.RoleGrants.Where(g => g.Role == role && (g.AreaId == null || withAncestors.Contains(g.AreaId.Value)))
            .Select(g => g.UserId).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the person holds <paramref name="role"/> for <paramref name="areaId"/>: an Admin always does; a
    /// region-wide grant holds everywhere; an area grant holds in that area and every area below it.
    /// </summary>
    public async Task<bool> HoldsRoleInAsync(ClaimsPrincipal user, string role, int areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin) || user.IsInRole(role))
        {
            return true;
        }

        var scopes = user.FindAll(PlatformClaims.ScopedRole)
            .Select(c => c.Value.Split('@'))
            .Where(parts => parts.Length == 2 && parts[0] == role && int.TryParse(parts[1], out _))
            .Select(parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        if (scopes.Count == 0)
        {
            return false;
        }

        var path = await db.Set<Area>().Where(a => a.Id == areaId).Select(a => a.Path).SingleOrDefaultAsync(cancellationToken);
        return path is not null && scopes.Any(scope => path.Contains($"/{scope}/", StringComparison.Ordinal));
    }
}

public sealed record AreaChoice(int Id, string Name, AreaKind Kind, string Path, string Slug)
{
    /// <summary>Nesting depth, for indenting a choice list.</summary>
    public int Depth => Path.Count(c => c == '/') - 2;
}

/// <summary>An innovation or action field, in both languages.</summary>
public sealed record FieldInfo(string Key, FieldKind Kind, string NameDe, string NameEn, string DescriptionDe, string DescriptionEn)
{
    public string Name(bool english) => english ? NameEn : NameDe;

    public string Description(bool english) => english ? DescriptionEn : DescriptionDe;
}

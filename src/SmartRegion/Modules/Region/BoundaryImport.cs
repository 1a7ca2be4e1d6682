using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Region;

/// <summary>The outcome of an import: the areas that got a boundary, or every problem found (and nothing stored).</summary>
public sealed record BoundaryImportResult(IReadOnlyList<string> UpdatedSlugs, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports area boundaries from GeoJSON: one geometry or Feature for a named area, or a FeatureCollection whose
/// features name their area by <c>slug</c>, <c>ags</c> or <c>ars</c> in their properties. The whole file is checked
/// first and written in one transaction: one bad feature and nothing is imported.
/// </summary>
public sealed class BoundaryImport(SmartRegionDb db, TimeProvider clock)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    private static readonly string[] MatchProperties = ["slug", "ags", "AGS", "ars", "ARS"];

    public async Task<BoundaryImportResult> ImportAsync(Stream geoJson, string? targetSlug, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(geoJson, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
        }
        catch (JsonException exception)
        {
            return Failed($"The file is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            var areas = await db.Set<Area>().ToListAsync(cancellationToken);
            var errors = new List<string>();
            var matches = new List<(Area Area, Boundary Boundary)>();
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;

            if (type == "FeatureCollection")
            {
                if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array || features.GetArrayLength() == 0)
                {
                    return Failed("features: a FeatureCollection needs a non-empty features array.");
                }

                var index = 0;
                foreach (var feature in features.EnumerateArray())
                {
                    var at = $"features[{index++}]";
                    var area = targetSlug is not null && features.GetArrayLength() == 1
                        ? FindBySlug(areas, targetSlug, at, errors)
                        : FindByProperties(areas, feature, at, errors);
                    var boundary = ReadFeatureGeometry(feature, at, errors);
                    if (area is not null && boundary is not null)
                    {
                        matches.Add((area, boundary));
                    }
                }
            }
            else if (type is "Feature" or "Polygon" or "MultiPolygon")
            {
                if (targetSlug is null)
                {
                    return Failed("A single geometry or Feature needs the area it belongs to.");
                }

                var area = FindBySlug(areas, targetSlug, "area", errors);
                var boundary = type == "Feature" ? ReadFeatureGeometry(root, "$", errors) : GeoJsonBoundary.Read(root, "$", errors);
                if (area is not null && boundary is not null)
                {
                    matches.Add((area, boundary));
                }
            }
            else
            {
                return Failed($"type: expected FeatureCollection, Feature, Polygon or MultiPolygon, not '{type ?? "(missing)"}'.");
            }

            var duplicates = matches.GroupBy(m => m.Area.Slug).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            errors.AddRange(duplicates.Select(slug => $"Area '{slug}' is named by more than one feature."));
            if (errors.Count > 0)
            {
                return new BoundaryImportResult([], errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (area, boundary) in matches)
            {
                area.BoundaryGeoJson = boundary.GeometryJson;
                area.MinLongitude = boundary.MinLongitude;
                area.MinLatitude = boundary.MinLatitude;
                area.MaxLongitude = boundary.MaxLongitude;
                area.MaxLatitude = boundary.MaxLatitude;
                area.UpdatedAt = now;
            }

            // SaveChanges writes all rows in one transaction.
            await db.SaveChangesAsync(cancellationToken);
            return new BoundaryImportResult([.. matches.Select(m => m.Area.Slug)], []);
        }
    }

    private static Boundary? ReadFeatureGeometry(JsonElement feature, string at, List<string> errors)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            errors.Add($"{at}.geometry: the feature has no geometry.");
            return null;
        }

        return GeoJsonBoundary.Read(geometry, $"{at}.geometry", errors);
    }

    private static Area? FindBySlug(List<Area> areas, string slug, string at, List<string> errors)
    {
        var area = areas.FirstOrDefault(a => a.Slug == slug);
        if (area is null)
        {
            errors.Add($"{at}: there is no area '{slug}'.");
        }

        return area;
    }

    private static Area? FindByProperties(List<Area> areas, JsonElement feature, string at, List<string> errors)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}.properties: name the area with a slug, ags or ars property.");
            return null;
        }

        foreach (var name in MatchProperties)
        {
            if (!properties.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var key = value.GetString();
            var area = name.ToUpperInvariant() switch
            {
                "SLUG" => areas.FirstOrDefault(a => a.Slug == key),
                "AGS" => areas.FirstOrDefault(a => a.Ags == key),
                _ => areas.FirstOrDefault(a => a.Ars == key),
            };
            if (area is null)
            {
                errors.Add($"{at}.properties.{name}: no area has the key '{key}'.");
            }

            return area;
        }

        errors.Add($"{at}.properties: name the area with a slug, ags or ars property.");
        return null;
    }

    private static BoundaryImportResult Failed(string error) => new([], [error]);
}

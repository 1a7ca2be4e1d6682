using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Region;

public sealed record AreaPoint(double Lat, double Lon, bool Approximate);

public sealed record AreaDto(
    int Id, string Slug, string Name, string Kind, string? Parent, string? Ags, string? Ars,
    AreaPoint Point, double[]? Bbox, bool HasBoundary);

public sealed record FieldDto(string Key, string Kind, string NameDe, string NameEn, string DescriptionDe, string DescriptionEn);

internal static class AreasApi
{
    private const string GeoJsonType = "application/geo+json";

    public static void MapAreasApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Region");

        api.MapGet("/areas", ListAsync)
            .WithName("ListAreas")
            .WithSummary("The areas of the region, from the region down to neighbourhoods; format=geojson gives a FeatureCollection with boundaries.")
            .Produces<List<AreaDto>>()
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonType);
        api.MapGet("/areas/{slug}", GetAsync)
            .WithName("GetArea")
            .WithSummary("One area; format=geojson gives a Feature with its boundary (or its point when it has none).")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonType);
        api.MapGet("/fields", ListFieldsAsync)
            .WithName("ListFields")
            .WithSummary("The innovation fields and action fields of the regional strategy.");
        api.MapPut("/areas/{slug}/boundary", PutBoundaryAsync)
            .WithName("PutAreaBoundary")
            .WithSummary("Replaces one area's boundary with a GeoJSON Polygon, MultiPolygon or Feature. Needs scope platform:admin.")
            .RequireAuthorization(IdentitySetup.ScopePolicy(TokenScopes.PlatformAdmin))
            .Accepts<JsonElement>(GeoJsonType, "application/json");
        api.MapPost("/areas/boundaries", PostBoundariesAsync)
            .WithName("ImportAreaBoundaries")
            .WithSummary("Imports boundaries from a GeoJSON FeatureCollection whose features name their area by slug, ags or ars. All or nothing. Needs scope platform:admin.")
            .RequireAuthorization(IdentitySetup.ScopePolicy(TokenScopes.PlatformAdmin))
            .Accepts<JsonElement>(GeoJsonType, "application/json");
    }

    private static async Task<IResult> ListAsync(SmartRegionDb db, string? kind, string? parent, string? format, CancellationToken cancellationToken)
    {
        if (!TryReadFormat(format, out var geoJson, out var formatProblem))
        {
            return formatProblem;
        }

        var query = db.Set<Area>().AsNoTracking();
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<AreaKind>(kind, ignoreCase: true, out var parsedKind) || int.TryParse(kind, out _))
            {
                return TypedResults.Problem(
                    $"kind: '{kind}' is not an area kind. Known kinds: {string.Join(", ", Enum.GetNames<AreaKind>())}.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            }

            query = query.Where(a => a.Kind == parsedKind);
        }

        if (!string.IsNullOrEmpty(parent))
        {
            var parentId = await db.Set<Area>().Where(a => a.Slug == parent).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (parentId is null)
            {
                return TypedResults.Problem($"parent: there is no area '{parent}'.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            }

            query = query.Where(a => a.ParentId == parentId);
        }

        var areas = await query.OrderBy(a => a.Path).ToListAsync(cancellationToken);
        var slugs = await SlugsByIdAsync(db, cancellationToken);
        if (!geoJson)
        {
            return TypedResults.Ok(areas.Select(a => ToDto(a, slugs)).ToList());
        }

        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray([.. areas.Select(a => (JsonNode)ToFeature(a, slugs))]),
        };
        return Results.Text(collection.ToJsonString(), GeoJsonType);
    }

    private static async Task<IResult> GetAsync(SmartRegionDb db, string slug, string? format, CancellationToken cancellationToken)
    {
        if (!TryReadFormat(format, out var geoJson, out var formatProblem))
        {
            return formatProblem;
        }

        var area = await db.Set<Area>().AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (area is null)
        {
            return TypedResults.Problem($"There is no area '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var slugs = await SlugsByIdAsync(db, cancellationToken);
        return geoJson
            ? Results.Text(ToFeature(area, slugs).ToJsonString(), GeoJsonType)
            : TypedResults.Ok(ToDto(area, slugs));
    }

    private static async Task<Ok<List<FieldDto>>> ListFieldsAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        var fields = await db.Set<Field>().AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        return TypedResults.Ok(fields.Select(f => new FieldDto(f.Key, f.Kind.ToString(), f.NameDe, f.NameEn, f.DescriptionDe, f.DescriptionEn)).ToList());
    }

    private static async Task<IResult> PutBoundaryAsync(HttpRequest request, BoundaryImport import, SmartRegionDb db, string slug, CancellationToken cancellationToken)
    {
        if (!await db.Set<Area>().AnyAsync(a => a.Slug == slug, cancellationToken))
        {
            return TypedResults.Problem($"There is no area '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        return ImportResponse(await ImportBodyAsync(request, import, slug, cancellationToken));
    }

    private static async Task<IResult> PostBoundariesAsync(HttpRequest request, BoundaryImport import, CancellationToken cancellationToken) =>
        ImportResponse(await ImportBodyAsync(request, import, null, cancellationToken));

    private static async Task<BoundaryImportResult?> ImportBodyAsync(HttpRequest request, BoundaryImport import, string? slug, CancellationToken cancellationToken)
    {
        if (request.ContentLength > BoundaryImport.MaxBytes)
        {
            return null;
        }

        return await import.ImportAsync(request.Body, slug, cancellationToken);
    }

    private static IResult ImportResponse(BoundaryImportResult? result)
    {
        if (result is null)
        {
            return TypedResults.Problem($"The body is larger than {BoundaryImport.MaxBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
        }

        return result.Succeeded
            ? TypedResults.Ok(new { updated = result.UpdatedSlugs })
            : TypedResults.Problem(
                detail: string.Join(" ", result.Errors.Take(20)),
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid GeoJSON",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
    }

    private static bool TryReadFormat(string? format, out bool geoJson, out IResult problem)
    {
        geoJson = string.Equals(format, "geojson", StringComparison.OrdinalIgnoreCase);
        var valid = geoJson || string.IsNullOrEmpty(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
        problem = valid
            ? TypedResults.Ok()
            : TypedResults.Problem($"format: '{format}' is not supported; use json or geojson.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
        return valid;
    }

    private static Task<Dictionary<int, string>> SlugsByIdAsync(SmartRegionDb db, CancellationToken cancellationToken) =>
        db.Set<Area>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);

    private static AreaDto ToDto(Area area, Dictionary<int, string> slugs) => new(
        area.Id,
        area.Slug,
        area.Name,
        area.Kind.ToString(),
        area.ParentId is { } parentId ? slugs.GetValueOrDefault(parentId) : null,
        area.Ags,
        area.Ars,
        new AreaPoint(area.Latitude, area.Longitude, area.PointApproximate),
        area.MinLongitude is null ? null : [area.MinLongitude.Value, area.MinLatitude!.Value, area.MaxLongitude!.Value, area.MaxLatitude!.Value],
        area.BoundaryGeoJson is not null);

    private static JsonObject ToFeature(Area area, Dictionary<int, string> slugs)
    {
        var dto = ToDto(area, slugs);
        var geometry = area.BoundaryGeoJson is not null
            ? JsonNode.Parse(area.BoundaryGeoJson)
            : new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(area.Longitude, area.Latitude) };
        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = area.Slug,
            ["geometry"] = geometry,
            ["properties"] = JsonSerializer.SerializeToNode(dto, JsonSerializerOptions.Web),
        };
        if (dto.Bbox is not null)
        {
            feature["bbox"] = new JsonArray([.. dto.Bbox.Select(v => (JsonNode)v)]);
        }

        return feature;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>A map view's box in degrees.</summary>
public readonly record struct MapBox(double West, double South, double East, double North)
{
    /// <summary>Reads <c>west,south,east,north</c>; false when it is not four numbers in that order.</summary>
    public static bool TryParse(string? text, out MapBox box)
    {
        box = default;
        var parts = (text ?? "").Split(',');
        if (parts.Length != 4)
        {
            return false;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return false;
            }
        }

        box = new MapBox(values[0], values[1], values[2], values[3]);
        return box.West <= box.East && box.South <= box.North;
    }
}

/// <summary>
/// The map's data: ideas grouped into grid cells whose size halves with each zoom level. The grouping runs
/// in the database (GROUP BY the cell of each point), so the answer stays small and quick however many ideas
/// there are; a cell with one idea, and every idea from <see cref="SingleIdeasZoom"/> on, comes as a point.
/// </summary>
public static class IdeaMap
{
    public const int SingleIdeasZoom = 16;

    /// <summary>Cells per 256-pixel map tile: a cluster stands for about 64 × 64 pixels of screen.</summary>
    private const int CellsPerTile = 4;

    private const int MaxFeatures = 5000;

    public static async Task<JsonObject> FeaturesAsync(IQueryable<Idea> ideas, MapBox box, int zoom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        zoom = Math.Clamp(zoom, 0, 22);
        var placed = ideas.Where(i => i.HiddenAt == null && i.Latitude != null && i.Longitude != null
            && i.Latitude >= box.South && i.Latitude <= box.North && i.Longitude >= box.West && i.Longitude <= box.East);
        var features = new JsonArray();
        if (zoom >= SingleIdeasZoom)
        {
            var points = await placed.OrderByDescending(i => i.SupportCount).Take(MaxFeatures)
                .Select(i => new { i.Id, i.Title, Lat = i.Latitude!.Value, Lon = i.Longitude!.Value }).ToListAsync(cancellationToken);
            foreach (var point in points)
            {
                features.Add(IdeaPoint(point.Id, point.Title, point.Lat, point.Lon));
            }

            return Collection(features);
        }

        var cell = 360.0 / Math.Pow(2, zoom) / CellsPerTile;
        var cells = await placed
            .GroupBy(i => new { Row = Math.Floor(i.Latitude!.Value / cell), Column = Math.Floor(i.Longitude!.Value / cell) })
            .Select(g => new { Count = g.Count(), Lat = g.Average(i => i.Latitude!.Value), Lon = g.Average(i => i.Longitude!.Value), FirstId = g.Min(i => i.Id) })
            .OrderByDescending(c => c.Count).Take(MaxFeatures)
            .ToListAsync(cancellationToken);
        var singleIds = cells.Where(c => c.Count == 1).Select(c => c.FirstId).ToList();
        var titles = singleIds.Count == 0
            ? []
            : await ideas.Where(i => singleIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        foreach (var group in cells)
        {
            features.Add(group.Count == 1
                ? IdeaPoint(group.FirstId, titles.GetValueOrDefault(group.FirstId, ""), group.Lat, group.Lon)
                : new JsonObject
                {
                    ["type"] = "Feature",
                    ["geometry"] = Point(group.Lat, group.Lon),
                    ["properties"] = new JsonObject { ["cluster"] = true, ["count"] = group.Count },
                });
        }

        return Collection(features);
    }

    private static JsonObject IdeaPoint(int id, string title, double latitude, double longitude) => new()
    {
        ["type"] = "Feature",
        ["id"] = id,
        ["geometry"] = Point(latitude, longitude),
        ["properties"] = new JsonObject { ["cluster"] = false, ["count"] = 1, ["id"] = id, ["title"] = title, ["url"] = $"/participation/ideas/{id}" },
    };

    private static JsonObject Point(double latitude, double longitude) =>
        new() { ["type"] = "Point", ["coordinates"] = new JsonArray(Math.Round(longitude, 6), Math.Round(latitude, 6)) };

    private static JsonObject Collection(JsonArray features) => new() { ["type"] = "FeatureCollection", ["features"] = features };
}

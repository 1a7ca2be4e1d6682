using System.Globalization;
using System.Text.Json;

namespace SmartRegion.Modules.Region;

/// <summary>A checked boundary: the geometry as compact GeoJSON text plus its bounding box.</summary>
public sealed record Boundary(string GeometryJson, double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude);

/// <summary>
/// Checks that a GeoJSON geometry is a Polygon or MultiPolygon as RFC 7946 defines them: rings of at least four
/// positions, closed, with longitude and latitude in range. Errors name the place in the document.
/// </summary>
public static class GeoJsonBoundary
{
    public static Boundary? Read(JsonElement geometry, string at, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: a geometry object is expected.");
            return null;
        }

        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            errors.Add($"{at}.type: a boundary must be a Polygon or MultiPolygon, not '{type ?? "(missing)"}'.");
            return null;
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{at}.coordinates: an array is expected.");
            return null;
        }

        var box = new BoxBuilder();
        var before = errors.Count;
        if (type == "Polygon")
        {
            ReadPolygon(coordinates, $"{at}.coordinates", errors, box);
        }
        else
        {
            if (coordinates.GetArrayLength() == 0)
            {
                errors.Add($"{at}.coordinates: a MultiPolygon needs at least one polygon.");
            }

            var index = 0;
            foreach (var polygon in coordinates.EnumerateArray())
            {
                ReadPolygon(polygon, $"{at}.coordinates[{index++}]", errors, box);
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var compact = JsonSerializer.Serialize(new { type, coordinates });
        return new Boundary(compact, box.MinX, box.MinY, box.MaxX, box.MaxY);
    }

    private static void ReadPolygon(JsonElement polygon, string at, List<string> errors, BoxBuilder box)
    {
        if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
        {
            errors.Add($"{at}: a polygon is an array of at least one linear ring.");
            return;
        }

        var ringIndex = 0;
        foreach (var ring in polygon.EnumerateArray())
        {
            ReadRing(ring, $"{at}[{ringIndex++}]", errors, box);
        }
    }

    private static void ReadRing(JsonElement ring, string at, List<string> errors, BoxBuilder box)
    {
        if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
        {
            errors.Add($"{at}: a linear ring needs at least four positions.");
            return;
        }

        (double X, double Y)? first = null, last = null;
        var index = 0;
        foreach (var position in ring.EnumerateArray())
        {
            var point = ReadPosition(position, $"{at}[{index++}]", errors);
            if (point is null)
            {
                return;
            }

            first ??= point;
            last = point;
            box.Add(point.Value.X, point.Value.Y);
        }

        if (first != last)
        {
            errors.Add($"{at}: the ring is not closed (its last position must repeat the first).");
        }
    }

    private static (double X, double Y)? ReadPosition(JsonElement position, string at, List<string> errors)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            errors.Add($"{at}: a position is [longitude, latitude] in numbers.");
            return null;
        }

        var x = position[0].GetDouble();
        var y = position[1].GetDouble();
        if (x is < -180 or > 180 || y is < -90 or > 90)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: [{x}, {y}] is outside longitude -180..180 / latitude -90..90."));
            return null;
        }

        return (x, y);
    }

    private sealed class BoxBuilder
    {
        public double MinX { get; private set; } = double.MaxValue;

        public double MinY { get; private set; } = double.MaxValue;

        public double MaxX { get; private set; } = double.MinValue;

        public double MaxY { get; private set; } = double.MinValue;

        public void Add(double x, double y)
        {
            MinX = Math.Min(MinX, x);
            MinY = Math.Min(MinY, y);
            MaxX = Math.Max(MaxX, x);
            MaxY = Math.Max(MaxY, y);
        }
    }
}

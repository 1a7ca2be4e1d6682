using System.Collections.Concurrent;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace SmartRegion.Platform.Geo;

/// <summary>Reads geometries from the two text forms the platform stores and receives: GeoJSON and WKT.</summary>
public static class GeometryText
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    // Filters compare many rows against the same few geometries; parsing each text once is enough.
    private static readonly ConcurrentDictionary<string, Geometry?> Parsed = new(StringComparer.Ordinal);

    /// <summary>The geometry of a GeoJSON geometry or Feature, or of a WKT text; null when it is neither.</summary>
    public static Geometry? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Parsed.Count > 10_000)
        {
            Parsed.Clear();
        }

        return Parsed.GetOrAdd(text, Parse);
    }

    private static Geometry? Parse(string text)
    {
        try
        {
            if (text.TrimStart().StartsWith('{'))
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                var geometry = root.TryGetProperty("type", out var type) && type.GetString() == "Feature" && root.TryGetProperty("geometry", out var inner) ? inner : root;
                return geometry.Deserialize<Geometry>(GeoJson);
            }

            return new WKTReader().Read(text);
        }
        catch (Exception exception) when (exception is JsonException or ParseException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}

using System.Runtime.InteropServices;
using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>Checks a JSON value against a property's kind and turns it into column values.</summary>
internal static class JsonValues
{
    public static void Convert(PropertyDefinition property, JsonElement value, string at, IDictionary<string, object?> columns)
    {
        switch (property.Kind)
        {
            case PropertyKind.Text:
                columns[property.Column] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Null when !property.Required => null,
                    _ => throw WriteException.Invalid(at, "a text in double quotes is expected"),
                };
                break;
            case PropertyKind.Json:
                columns[property.Column] = value.ValueKind switch
                {
                    JsonValueKind.Object or JsonValueKind.Array => value.GetRawText(),
                    JsonValueKind.Null when !property.Required => null,
                    _ => throw WriteException.Invalid(at, "a JSON object is expected"),
                };
                break;
            case PropertyKind.GeoJson:
                var box = GeoJsonBox.Of(value, at);
                columns[property.Column] = value.GetRawText();
                if (property.Column is "location" or "feature")
                {
                    columns["min_x"] = box.MinX;
                    columns["min_y"] = box.MinY;
                    columns["max_x"] = box.MaxX;
                    columns["max_y"] = box.MaxY;
                }

                break;
            case PropertyKind.Instant:
                columns[property.Column] = value.ValueKind == JsonValueKind.Null && !property.Required ? null : Time(value, at, allowInterval: false).Start;
                break;
            case PropertyKind.TimeOrInterval or PropertyKind.Interval:
                if (value.ValueKind == JsonValueKind.Null && !property.Required)
                {
                    columns[property.Column + "_start"] = null;
                    columns[property.Column + "_end"] = null;
                    break;
                }

                var (start, end) = Time(value, at, allowInterval: true);
                if (property.Kind == PropertyKind.Interval && end is null)
                {
                    throw WriteException.Invalid(at, "an interval (start/end) is expected");
                }

                columns[property.Column + "_start"] = start;
                columns[property.Column + "_end"] = end;
                break;
            case PropertyKind.Result:
                columns["result_json"] = value.GetRawText();
                columns["result_number"] = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
                columns["result_string"] = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                columns["result_boolean"] = value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
                break;
            default:
                throw WriteException.Invalid(at, "this property is set by the server");
        }
    }

    private static (long Start, long? End) Time(JsonElement value, string at, bool allowInterval)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw WriteException.Invalid(at, "an ISO 8601 time in double quotes is expected");
        }

        // Most times are single instants with a zone (2025-01-01T00:00:00Z): the JSON reader parses those from its
        // bytes, without a string and several times faster. Anything else takes the general path.
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length >= 22 && raw.IndexOf((byte)'/') < 0 && (raw[^2] == (byte)'Z' || raw[^7] is (byte)'+' or (byte)'-') && value.TryGetDateTimeOffset(out var instant))
        {
            return (SensingTime.ToMicroseconds(instant), null);
        }

        return SensingTime.Parse(value.GetString()!, allowInterval, out var error) ?? throw WriteException.Invalid(at, error!);
    }
}

/// <summary>The bounding box of a GeoJSON geometry or feature; also the check that it is GeoJSON at all.</summary>
internal readonly record struct GeoJsonBox(double MinX, double MinY, double MaxX, double MaxY)
{
    private static readonly string[] GeometryTypes = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    public static GeoJsonBox Of(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw WriteException.Invalid(at, "a GeoJSON object with a type is expected");
        }

        var geometry = value;
        if (type.GetString() == "Feature")
        {
            if (!value.TryGetProperty("geometry", out geometry) || geometry.ValueKind != JsonValueKind.Object)
            {
                throw WriteException.Invalid(at, "the GeoJSON Feature has no geometry");
            }

            type = geometry.GetProperty("type");
        }

        if (!GeometryTypes.Contains(type.GetString()))
        {
            throw WriteException.Invalid(at, $"'{type.GetString()}' is not a GeoJSON geometry type ({string.Join(", ", GeometryTypes)})");
        }

        var box = (MinX: double.MaxValue, MinY: double.MaxValue, MaxX: double.MinValue, MaxY: double.MinValue);
        Visit(geometry, at, ref box);
        return box.MinX > box.MaxX ? throw WriteException.Invalid(at, "the geometry has no coordinates") : new GeoJsonBox(box.MinX, box.MinY, box.MaxX, box.MaxY);
    }

    private static void Visit(JsonElement geometry, string at, ref (double MinX, double MinY, double MaxX, double MaxY) box)
    {
        if (geometry.TryGetProperty("geometries", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in parts.EnumerateArray())
            {
                Visit(part, at, ref box);
            }

            return;
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            throw WriteException.Invalid(at, "the geometry has no coordinates array");
        }

        Positions(coordinates, at + ".coordinates", 0, ref box);
    }

    private static void Positions(JsonElement array, string at, int depth, ref (double MinX, double MinY, double MaxX, double MaxY) box)
    {
        if (depth > 4)
        {
            throw WriteException.Invalid(at, "coordinates are nested too deeply");
        }

        if (array.GetArrayLength() >= 2 && array[0].ValueKind == JsonValueKind.Number)
        {
            if (array[1].ValueKind != JsonValueKind.Number)
            {
                throw WriteException.Invalid(at, "a position is [longitude, latitude] in numbers");
            }

            var (x, y) = (array[0].GetDouble(), array[1].GetDouble());
            box = (Math.Min(box.MinX, x), Math.Min(box.MinY, y), Math.Max(box.MaxX, x), Math.Max(box.MaxY, y));
            return;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Array)
            {
                throw WriteException.Invalid(at, "coordinates must be arrays of numbers");
            }

            Positions(item, at, depth + 1, ref box);
        }
    }
}

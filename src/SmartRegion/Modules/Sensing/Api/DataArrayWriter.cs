using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Modules.Sensing.Storage;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>
/// <c>$resultFormat=dataArray</c>: Observations grouped by their Datastream (or MultiDatastream), each group a list
/// of components and one row of values per Observation.
/// </summary>
internal static class DataArrayWriter
{
    private static readonly string[] DefaultComponents = ["id", "phenomenonTime", "result"];

    /// <summary>The components a request asks for ($select, else id, phenomenonTime, result), each a property of Observations.</summary>
    public static IReadOnlyList<(string Name, PropertyDefinition Property)> Components(SensorThings.Query.QueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = options.Select?.Select(p => p.Segments[0].Name).ToArray() ?? DefaultComponents;
        return [.. names.Select(c => (c, SensingEntities.Observations.Property(c == "id" ? "@iot.id" : c)
            ?? throw new SensorThings.Query.QueryParseException("$select", 0, $"'{c}' cannot be a dataArray component; use properties of Observations")))];
    }

    public static void Write(Utf8JsonWriter json, Page page, IReadOnlyList<(string Name, PropertyDefinition Property)> components, string serviceRoot, string? nextLink)
    {
        var entityWriter = new EntityJsonWriter(json, serviceRoot);

        json.WriteStartObject();
        if (page.Count is { } count)
        {
            json.WriteNumber("@iot.count", count);
        }

        json.WritePropertyName("value");
        json.WriteStartArray();
        var groups = page.Rows.GroupBy(row => row.Column("datastream_id") is { } d ? $"Datastreams({d})" : $"MultiDatastreams({row.Column("multi_datastream_id")})");
        foreach (var group in groups)
        {
            var rows = group.ToList();
            json.WriteStartObject();
            json.WriteString(group.Key.StartsWith("Multi", StringComparison.Ordinal) ? "MultiDatastream@iot.navigationLink" : "Datastream@iot.navigationLink", $"{serviceRoot}/{group.Key}");
            json.WritePropertyName("components");
            json.WriteStartArray();
            foreach (var (name, _) in components)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteNumber("dataArray@iot.count", rows.Count);
            json.WritePropertyName("dataArray");
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var (_, property) in components)
                {
                    entityWriter.WriteValue(row, property);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (nextLink is not null)
        {
            json.WriteString("@iot.nextLink", nextLink);
        }

        json.WriteEndObject();
    }
}

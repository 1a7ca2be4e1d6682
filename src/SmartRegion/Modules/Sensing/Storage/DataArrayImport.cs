using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// The dataArray extension: many Observations of one Datastream (or MultiDatastream) in a compact table form,
/// <c>{"Datastream":{"@iot.id":1},"components":["phenomenonTime","result"],"dataArray":[[…],[…]]}</c>.
/// All rows of a request are written in one transaction: one bad row and nothing is stored. The creator should defer
/// its inserts and time spans (<see cref="EntityCreator.DeferObservationInserts"/>): the rows then go to the database
/// together, which is what makes this the fast way in.
/// </summary>
internal static class DataArrayImport
{
    private static readonly string[] KnownComponents = ["phenomenonTime", "result", "resultTime", "resultQuality", "validTime", "parameters", "FeatureOfInterest/id"];

    public static async Task<IReadOnlyList<long>> ImportAsync(EntityCreator creator, JsonElement body, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw WriteException.Invalid("$", "a list of dataArray groups is expected");
        }

        var created = new List<Dictionary<string, object?>>();
        var groupIndex = 0;
        foreach (var group in body.EnumerateArray())
        {
            var at = $"$[{groupIndex++}]";
            var (streamColumn, streamId) = await StreamAsync(creator, group, at, cancellationToken);
            var components = Components(group, at);
            if (!group.TryGetProperty("dataArray", out var rows) || rows.ValueKind != JsonValueKind.Array)
            {
                throw WriteException.Invalid(at + ".dataArray", "a list of rows is expected");
            }

            var rowIndex = 0;
            foreach (var row in rows.EnumerateArray())
            {
                var rowAt = $"{at}.dataArray[{rowIndex++}]";
                if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != components.Count)
                {
                    throw WriteException.Invalid(rowAt, $"a row has {components.Count} values, one per component");
                }

                var columns = new Dictionary<string, object?>(StringComparer.Ordinal) { [streamColumn] = streamId };
                for (var i = 0; i < components.Count; i++)
                {
                    var valueAt = $"{rowAt}[{i}]";
                    if (components[i] == "FeatureOfInterest/id")
                    {
                        columns["feature_id"] = row[i].TryGetInt64(out var feature) && await creator.ExistsAsync("sta_features", feature, cancellationToken)
                            ? feature
                            : throw WriteException.Invalid(valueAt, "the id of an existing FeatureOfInterest is expected");
                    }
                    else
                    {
                        JsonValues.Convert(SensingEntities.Observations.Property(components[i])!, row[i], valueAt, columns);
                    }
                }

                await creator.CreateObservationAsync(columns, rowAt, cancellationToken);
                created.Add(columns);
            }
        }

        await creator.FlushObservationsAsync(cancellationToken);
        await creator.FlushStreamTimesAsync(cancellationToken);
        return [.. created.Select(columns => (long)columns["id"]!)];
    }

    private static async Task<(string Column, long Id)> StreamAsync(EntityCreator creator, JsonElement group, string at, CancellationToken cancellationToken)
    {
        foreach (var (name, column, table) in new[] { ("Datastream", "datastream_id", "sta_datastreams"), ("MultiDatastream", "multi_datastream_id", "sta_multi_datastreams") })
        {
            if (group.ValueKind == JsonValueKind.Object && group.TryGetProperty(name, out var stream))
            {
                return stream.ValueKind == JsonValueKind.Object && stream.TryGetProperty("@iot.id", out var id) && id.TryGetInt64(out var value)
                    ? await creator.ExistsAsync(table, value, cancellationToken) ? (column, value) : throw WriteException.Missing(name, value)
                    : throw WriteException.Invalid($"{at}.{name}", "{\"@iot.id\": …} of an existing one is expected");
            }
        }

        throw WriteException.Invalid(at, "each group names its Datastream or MultiDatastream");
    }

    private static List<string> Components(JsonElement group, string at)
    {
        if (!group.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
        {
            throw WriteException.Invalid(at + ".components", "a list of component names is expected");
        }

        var names = components.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : "").ToList();
        var unknown = names.FirstOrDefault(n => !KnownComponents.Contains(n));
        if (unknown is not null)
        {
            throw WriteException.Invalid(at + ".components", $"'{unknown}' is not a component; known: {string.Join(", ", KnownComponents)}");
        }

        return names.Contains("result") ? names : throw WriteException.Invalid(at + ".components", "the components must include result");
    }
}

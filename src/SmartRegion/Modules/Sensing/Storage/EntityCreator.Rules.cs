using System.Globalization;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

internal sealed partial class EntityCreator
{
    /// <summary>Defaults the standard gives, links it requires, and the checks a database constraint would only report obscurely.</summary>
    private async Task CompleteAsync(EntityDefinition entity, Dictionary<string, object?> columns, string at, CancellationToken cancellationToken)
    {
        if (entity == SensingEntities.Observations)
        {
            await CompleteObservationAsync(columns, at, cancellationToken);
        }

        foreach (var property in entity.Properties.Where(p => p.Required))
        {
            var column = property.Kind switch
            {
                PropertyKind.TimeOrInterval or PropertyKind.Interval => property.Column + "_start",
                PropertyKind.Result => "result_json",
                _ => property.Column,
            };
            if (!columns.ContainsKey(column))
            {
                throw WriteException.Invalid(at, $"a {entity.EntityName} needs '{property.Name}'");
            }
        }

        foreach (var navigation in entity.Navigations.Where(n => n.Required && n.Kind == NavigationKind.ToOne))
        {
            if (!columns.TryGetValue(navigation.Column, out var value) || value is null)
            {
                throw WriteException.Invalid(at, $"a {entity.EntityName} needs a {navigation.Name} (an object, or {{\"@iot.id\": …}} of an existing one)");
            }
        }
    }

    private async Task CompleteObservationAsync(Dictionary<string, object?> columns, string at, CancellationToken cancellationToken)
    {
        var datastream = columns.GetValueOrDefault("datastream_id");
        var multi = columns.GetValueOrDefault("multi_datastream_id");
        if ((datastream is null) == (multi is null))
        {
            throw WriteException.Invalid(at, "an Observation belongs to exactly one Datastream or MultiDatastream");
        }

        if (!columns.ContainsKey("phenomenon_time_start"))
        {
            // The standard lets the server take the time of arrival when the client gives none.
            columns["phenomenon_time_start"] = SensingTime.ToMicroseconds(clock.GetUtcNow());
            columns["phenomenon_time_end"] = null;
        }

        if (multi is not null && columns.GetValueOrDefault("result_json") is string result)
        {
            var expected = await ScalarAsync($"SELECT COUNT(*) FROM sta_multi_datastream_observed_properties WHERE multi_datastream_id = {{0}}", [multi], cancellationToken);
            using var parsed = System.Text.Json.JsonDocument.Parse(result);
            if (parsed.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array || parsed.RootElement.GetArrayLength() != Convert.ToInt64(expected, CultureInfo.InvariantCulture))
            {
                throw WriteException.Invalid(at + ".result", $"the result of a MultiDatastream observation is an array of {expected} values, one per ObservedProperty");
            }
        }

        if (!columns.ContainsKey("feature_id"))
        {
            columns["feature_id"] = await FeatureFromLocationAsync(datastream is not null ? "sta_datastreams" : "sta_multi_datastreams", datastream ?? multi!, at, cancellationToken);
        }
    }

    /// <summary>
    /// The FeatureOfInterest of an Observation that names none: the (first) Location of its Thing, reused when a
    /// feature with the same geometry exists already.
    /// </summary>
    private readonly Dictionary<(string Table, long Id), long> featureOfStream = [];

    private async Task<long> FeatureFromLocationAsync(string streamTable, object streamId, string at, CancellationToken cancellationToken)
    {
        var key = (streamTable, Convert.ToInt64(streamId, CultureInfo.InvariantCulture));
        if (featureOfStream.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        var sql = new SqlText();
        var id = sql.Parameter(streamId);
        sql.Append($"SELECT l.name, l.description, l.encoding_type, l.location, l.min_x, l.min_y, l.max_x, l.max_y FROM sta_locations l " +
            $"JOIN sta_thing_locations tl ON tl.location_id = l.id JOIN {streamTable} d ON d.thing_id = tl.thing_id WHERE d.id = {id} ORDER BY l.id LIMIT 1");
        var location = new Dictionary<string, object?>(StringComparer.Ordinal);
        await using (var command = sql.CreateCommand(connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw WriteException.Invalid(at, "the Observation has no FeatureOfInterest and its Thing has no Location to take one from");
            }

            location["name"] = reader.GetString(0);
            location["description"] = reader.GetString(1);
            location["encoding_type"] = reader.GetString(2);
            location["feature"] = reader.GetString(3);
            for (var i = 4; i < 8; i++)
            {
                location[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetDouble(i);
            }
        }

        var existing = await ScalarAsync("SELECT id FROM sta_features WHERE feature = {0} AND encoding_type = {1} ORDER BY id LIMIT 1", [location["feature"], location["encoding_type"]], cancellationToken);
        if (existing is null or DBNull)
        {
            // Not remembered: this insert may still be rolled back with its Observation's savepoint.
            return await InsertAsync("sta_features", location, cancellationToken);
        }

        var feature = Convert.ToInt64(existing, CultureInfo.InvariantCulture);
        featureOfStream[key] = feature;
        return feature;
    }

    /// <summary>Creates one Observation from column values that are already checked (the dataArray and bulk paths).</summary>
    public async Task<long> CreateObservationAsync(Dictionary<string, object?> columns, string at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        await CompleteAsync(SensingEntities.Observations, columns, at, cancellationToken);
        var id = DeferObservationInserts ? Defer(columns) : await InsertAsync(SensingEntities.Observations.Table, columns, cancellationToken);
        columns["id"] = id;
        await AfterInsertAsync(SensingEntities.Observations, id, columns, [], null, cancellationToken);
        return id;
    }

    private async Task AfterInsertAsync(EntityDefinition entity, long id, Dictionary<string, object?> columns, HashSet<string> childNavigations, ParentLink? parent, CancellationToken cancellationToken)
    {
        if (entity == SensingEntities.Things && childNavigations.Contains("Locations"))
        {
            await RecordHistoricalLocationAsync(id, cancellationToken);
        }
        else if (entity == SensingEntities.Locations && parent is { ChildNavigation.Name: "Things" } thing)
        {
            await RecordHistoricalLocationAsync(thing.ParentId, cancellationToken);
        }
        else if (entity == SensingEntities.MultiDatastreams)
        {
            await CheckMultiDatastreamAsync(id, columns, cancellationToken);
        }
        else if (entity == SensingEntities.Observations)
        {
            var table = columns.GetValueOrDefault("datastream_id") is not null ? "sta_datastreams" : "sta_multi_datastreams";
            var stream = columns.GetValueOrDefault("datastream_id") ?? columns["multi_datastream_id"];
            await WidenStreamTimesAsync(table, stream!, columns, cancellationToken);
        }
    }

    /// <summary>A MultiDatastream's ObservedProperties, units and data types describe the same columns, so they must be equally many.</summary>
    private async Task CheckMultiDatastreamAsync(long id, Dictionary<string, object?> columns, CancellationToken cancellationToken)
    {
        var properties = Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM sta_multi_datastream_observed_properties WHERE multi_datastream_id = {0}", [id], cancellationToken), CultureInfo.InvariantCulture);
        foreach (var member in new[] { "unit_of_measurements", "multi_observation_data_types" })
        {
            using var array = System.Text.Json.JsonDocument.Parse((string)columns[member]!);
            if (array.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array || array.RootElement.GetArrayLength() != properties)
            {
                throw WriteException.Invalid("$", $"a MultiDatastream with {properties} ObservedProperties needs {member.Replace('_', ' ')} as a list of {properties}");
            }
        }
    }

    /// <summary>A Thing's Locations changed: the standard keeps the history as a HistoricalLocation of all its current Locations.</summary>
    public async Task RecordHistoricalLocationAsync(long thingId, CancellationToken cancellationToken)
    {
        var historical = await InsertAsync("sta_historical_locations", new Dictionary<string, object?>
        {
            ["thing_id"] = thingId,
            ["time"] = SensingTime.ToMicroseconds(clock.GetUtcNow()),
        }, cancellationToken);
        await ExecuteAsync(
            "INSERT INTO sta_historical_location_locations (historical_location_id, location_id) SELECT {0}, location_id FROM sta_thing_locations WHERE thing_id = {1}",
            [historical, thingId],
            cancellationToken);
    }

    /// <summary>Keeps a Datastream's phenomenonTime and resultTime spanning all its Observations, and its observedArea covering their features.</summary>
    private async Task WidenStreamTimesAsync(string table, object streamId, Dictionary<string, object?> columns, CancellationToken cancellationToken)
    {
        var start = (long)columns["phenomenon_time_start"]!;
        var end = columns.GetValueOrDefault("phenomenon_time_end") as long? ?? start;
        var result = columns.GetValueOrDefault("result_time") as long?;
        await NoteFeatureAsync(table, Convert.ToInt64(streamId, CultureInfo.InvariantCulture), columns, cancellationToken);
        if (DeferStreamTimes)
        {
            var key = (table, Convert.ToInt64(streamId, CultureInfo.InvariantCulture));
            var span = pendingSpans.TryGetValue(key, out var collected) ? collected : (Start: start, End: end, ResultStart: result, ResultEnd: result);
            pendingSpans[key] = (Math.Min(span.Start, start), Math.Max(span.End, end), Min(span.ResultStart, result), Max(span.ResultEnd, result));
            return;
        }

        await WidenAsync(table, streamId, start, end, result, result, cancellationToken);
    }

    private readonly Dictionary<(string Table, long Id), (long Start, long End, long? ResultStart, long? ResultEnd)> pendingSpans = [];

    /// <summary>Writes the time spans and areas collected while <see cref="DeferStreamTimes"/> was set: one update per stream.</summary>
    public async Task FlushStreamTimesAsync(CancellationToken cancellationToken)
    {
        foreach (var ((table, id), span) in pendingSpans)
        {
            await WidenAsync(table, id, span.Start, span.End, span.ResultStart, span.ResultEnd, cancellationToken);
        }

        pendingSpans.Clear();
        await FlushAreasAsync(cancellationToken);
    }

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private Task<int> WidenAsync(string table, object streamId, long start, long end, long? resultStart, long? resultEnd, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE {table} SET phenomenon_time_start = {dialect.Least("phenomenon_time_start", "{0}")}, phenomenon_time_end = {dialect.Greatest("phenomenon_time_end", "{1}")}, " +
            $"result_time_start = {dialect.Least("result_time_start", "{2}")}, result_time_end = {dialect.Greatest("result_time_end", "{3}")} WHERE id = {{4}}",
            [start, end, resultStart, resultEnd, streamId],
            cancellationToken);
}

using System.Globalization;
using System.Text.Json;

namespace SmartRegion.Modules.Sensing.Storage;

internal sealed partial class EntityCreator
{
    /// <summary>The FeaturesOfInterest seen per stream while <see cref="DeferStreamTimes"/> is set.</summary>
    private readonly Dictionary<(string Table, long Id), HashSet<long>> pendingFeatures = [];

    private Task NoteFeatureAsync(string table, long streamId, Dictionary<string, object?> columns, CancellationToken cancellationToken)
    {
        if (columns.GetValueOrDefault("feature_id") is not { } value)
        {
            return Task.CompletedTask;
        }

        var feature = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        if (!DeferStreamTimes)
        {
            return WidenAreaAsync(table, streamId, [feature], cancellationToken);
        }

        if (!pendingFeatures.TryGetValue((table, streamId), out var features))
        {
            pendingFeatures[(table, streamId)] = features = [];
        }

        features.Add(feature);
        return Task.CompletedTask;
    }

    private async Task FlushAreasAsync(CancellationToken cancellationToken)
    {
        foreach (var ((table, id), features) in pendingFeatures)
        {
            await WidenAreaAsync(table, id, features, cancellationToken);
        }

        pendingFeatures.Clear();
    }

    /// <summary>
    /// A Datastream's observedArea is, as the standard defines it, the bounding box of the FeaturesOfInterest of its
    /// Observations: it grows when an Observation brings a feature outside it. Usually the box already covers the
    /// feature, and the check costs one read.
    /// </summary>
    private async Task WidenAreaAsync(string table, long streamId, IReadOnlyCollection<long> features, CancellationToken cancellationToken)
    {
        // In chunks, so that a request naming very many features stays within the engines' limits on parameters.
        foreach (var chunk in features.Chunk(1_000))
        {
            await WidenAreaByAsync(table, streamId, chunk, cancellationToken);
        }
    }

    private async Task WidenAreaByAsync(string table, long streamId, long[] features, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        var stream = sql.Parameter(streamId);
        var ids = string.Join(", ", features.Select(feature => sql.Parameter(feature)));
        sql.Append($"SELECT d.observed_area, b.min_x, b.min_y, b.max_x, b.max_y FROM {table} d, " +
            $"(SELECT MIN(f.min_x) AS min_x, MIN(f.min_y) AS min_y, MAX(f.max_x) AS max_x, MAX(f.max_y) AS max_y FROM sta_features f WHERE f.id IN ({ids})) b " +
            $"WHERE d.id = {stream}");
        string? current;
        GeoJsonBox added;
        await using (var command = sql.CreateCommand(connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(1))
            {
                return;
            }

            current = reader.IsDBNull(0) ? null : reader.GetString(0);
            added = new GeoJsonBox(reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4));
        }

        var box = added;
        if (current is not null)
        {
            using var area = JsonDocument.Parse(current);
            var known = GeoJsonBox.Of(area.RootElement, "observedArea");
            box = new GeoJsonBox(Math.Min(known.MinX, added.MinX), Math.Min(known.MinY, added.MinY), Math.Max(known.MaxX, added.MaxX), Math.Max(known.MaxY, added.MaxY));
            if (box == known)
            {
                return;
            }
        }

        await UpdateColumnAsync(table, streamId, "observed_area", AreaGeoJson(box), cancellationToken);
    }

    /// <summary>The box as GeoJSON: a Point for one position, a LineString when flat, else a Polygon.</summary>
    private static string AreaGeoJson(GeoJsonBox box)
    {
        static string Position(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{x:R},{y:R}]");
        if (box.MinX == box.MaxX && box.MinY == box.MaxY)
        {
            return $"{{\"type\":\"Point\",\"coordinates\":{Position(box.MinX, box.MinY)}}}";
        }

        if (box.MinX == box.MaxX || box.MinY == box.MaxY)
        {
            return $"{{\"type\":\"LineString\",\"coordinates\":[{Position(box.MinX, box.MinY)},{Position(box.MaxX, box.MaxY)}]}}";
        }

        var ring = string.Join(",", Position(box.MinX, box.MinY), Position(box.MaxX, box.MinY), Position(box.MaxX, box.MaxY), Position(box.MinX, box.MaxY), Position(box.MinX, box.MinY));
        return $"{{\"type\":\"Polygon\",\"coordinates\":[[{ring}]]}}";
    }
}

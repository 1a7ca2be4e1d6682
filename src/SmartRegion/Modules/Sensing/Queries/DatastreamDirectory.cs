using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Sensing.Queries;

/// <summary>
/// The Sensing module's public query service: other modules look up Datastreams here (to link to them, for
/// example from a hackathon challenge) and never touch the SensorThings tables themselves. Read-only.
/// </summary>
public sealed class DatastreamDirectory(SmartRegionDb db)
{
    private const int SearchLimit = 20;

    public async Task<DatastreamInfo?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await FindManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>The Datastreams among <paramref name="ids"/> that exist, by id.</summary>
    public async Task<IReadOnlyDictionary<long, DatastreamInfo>> FindManyAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<long, DatastreamInfo>();
        }

        var rows = await Query().Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken);
        return rows.Select(ToInfo).ToDictionary(d => d.Id);
    }

    /// <summary>Datastreams whose name or Thing's name contains <paramref name="term"/> (any case), by name; at most 20.</summary>
    public async Task<IReadOnlyList<DatastreamInfo>> SearchAsync(string term, CancellationToken cancellationToken)
    {
        var needle = term.Trim().ToLowerInvariant();
        if (needle.Length == 0)
        {
            return [];
        }

        // The query runs in the database as lower(…) LIKE, the same on both engines; no .NET culture is involved.
#pragma warning disable CA1304, CA1311, CA1862
        var rows = await Query()
            .Where(r => r.Name.ToLower().Contains(needle) || r.ThingName.ToLower().Contains(needle))
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(r => r.Name).ThenBy(r => r.Id)
            .Take(SearchLimit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToInfo)];
    }

    private IQueryable<Row> Query() =>
        from datastream in db.Set<DatastreamRow>().AsNoTracking()
        join thing in db.Set<ThingRow>().AsNoTracking() on datastream.ThingId equals thing.Id
        select new Row { Id = datastream.Id, Name = datastream.Name, UnitOfMeasurement = datastream.UnitOfMeasurement, ThingName = thing.Name };

    private static DatastreamInfo ToInfo(Row row) => new(row.Id, row.Name, UnitSymbol(row.UnitOfMeasurement), row.ThingName);

    /// <summary>The unit's symbol (or else its name) from the stored unitOfMeasurement JSON; empty when there is none.</summary>
    private static string UnitSymbol(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "";
            }

            foreach (var key in new[] { "symbol", "name" })
            {
                if (root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }

            return "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    // Filled by an initializer, not a constructor, so that filters on its members still translate to SQL.
    private sealed class Row
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string UnitOfMeasurement { get; init; } = "";

        public string ThingName { get; init; } = "";
    }
}

/// <summary>A Datastream as other modules see it; its SensorThings address is <c>/v1.1/Datastreams({Id})</c>.</summary>
public sealed record DatastreamInfo(long Id, string Name, string Unit, string ThingName)
{
    public string SensorThingsPath => $"/v1.1/Datastreams({Id})";
}

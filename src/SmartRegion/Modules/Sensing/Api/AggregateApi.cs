using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>One time bucket of a Datastream's numeric results.</summary>
public sealed record AggregateBucket(string Start, double? Min, double? Max, double? Avg, double? Sum, long Count);

/// <summary>
/// An extension beyond SensorThings for charts: min, max, mean, sum and count of a Datastream's numeric results per
/// hour, day or month (UTC) over a time range, computed in the database.
/// </summary>
internal static class AggregateApi
{
    private const int MaxBuckets = 10_000;

    private static readonly Dictionary<string, long> FixedBuckets = new(StringComparer.Ordinal)
    {
        ["hour"] = 3_600_000_000L,
        ["day"] = 86_400_000_000L,
    };

    public static RouteHandlerBuilder MapAggregateApi(this WebApplication app) =>
        app.MapGet("/api/sensing/datastreams/{id:long}/aggregate", AggregateAsync)
            .WithTags("SensorThings extensions")
            .WithName("AggregateDatastream")
            .WithSummary("Min, max, mean, sum and count of a Datastream's numeric results per hour, day or month (UTC) between from and to.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<List<AggregateBucket>>, ProblemHttpResult>> AggregateAsync(
        long id, string? interval, string? from, string? to, SmartRegionDb db, CancellationToken cancellationToken)
    {
        interval ??= "hour";
        if (!FixedBuckets.ContainsKey(interval) && interval != "month")
        {
            return Problem(StatusCodes.Status400BadRequest, $"interval: '{interval}' is not one of hour, day, month.");
        }

        if (from is null || to is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "from and to are needed, as ISO 8601 times (for example from=2023-10-20T00:00:00Z&to=2023-10-22T00:00:00Z).");
        }

        var start = SensingTime.Parse(from, allowInterval: false, out var fromError);
        var end = SensingTime.Parse(to, allowInterval: false, out var toError);
        if (start is null || end is null)
        {
            return Problem(StatusCodes.Status400BadRequest, (fromError is null ? "to: " + toError : "from: " + fromError) + ".");
        }

        if (end.Value.Start <= start.Value.Start)
        {
            return Problem(StatusCodes.Status400BadRequest, "to must come after from.");
        }

        var width = FixedBuckets.GetValueOrDefault(interval, 28L * 86_400_000_000L);
        if ((end.Value.Start - start.Value.Start) / width > MaxBuckets)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The range holds more than {MaxBuckets} {interval}s; choose a larger interval or a shorter range.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var exists = new SqlText();
        exists.Append($"SELECT COUNT(*) FROM sta_datastreams WHERE id = {exists.Parameter(id)}");
        await using (var check = exists.CreateCommand(connection))
        {
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return Problem(StatusCodes.Status404NotFound, $"There is no Datastream with @iot.id {id}.");
            }
        }

        var dialect = db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite;
        var sql = new SqlText();
        var bucket = interval == "month"
            ? dialect.MonthStart("phenomenon_time_start")
            : $"((phenomenon_time_start / {sql.Parameter(width)}) * {sql.Parameter(width)})";
        sql.Append($"SELECT {bucket} AS bucket, MIN(result_number), MAX(result_number), AVG(result_number), SUM(result_number), COUNT(result_number) " +
            $"FROM sta_observations WHERE datastream_id = {sql.Parameter(id)} AND phenomenon_time_start >= {sql.Parameter(start.Value.Start)} " +
            $"AND phenomenon_time_start < {sql.Parameter(end.Value.Start)} GROUP BY {bucket} ORDER BY 1");
        var buckets = new List<AggregateBucket>();
        await using var command = sql.CreateCommand(connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            double? Number(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            buckets.Add(new AggregateBucket(SensingTime.Format(reader.GetInt64(0)), Number(1), Number(2), Number(3), Number(4), reader.GetInt64(5)));
        }

        return TypedResults.Ok(buckets);
    }

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status == 404 ? "Not found" : "Invalid query");
}

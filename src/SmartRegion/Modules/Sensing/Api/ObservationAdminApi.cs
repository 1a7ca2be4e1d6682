using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Api;

/// <param name="Filter">A $filter expression over Observations (for example <c>phenomenonTime lt 2020-01-01T00:00:00Z</c>).</param>
/// <param name="Datastream">Limits the deletion to one Datastream.</param>
public sealed record DeleteObservationsRequest(string? Filter, long? Datastream);

public sealed record DeleteObservationsResult(long Deleted);

/// <summary>Deleting Observations by filter, for administrators (scope sensing:admin): one transaction, all or nothing.</summary>
internal static class ObservationAdminApi
{
    public static void MapObservationAdminApi(this WebApplication app) =>
        app.MapPost("/api/sensing/observations/delete", DeleteAsync)
            .RequireAuthorization(IdentitySetup.ScopePolicy(TokenScopes.SensingAdmin))
            .WithTags("SensorThings extensions")
            .WithName("DeleteObservations")
            .WithSummary("Deletes the Observations that match a $filter expression (and, if given, belong to one Datastream). Needs scope sensing:admin.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Ok<DeleteObservationsResult>, ProblemHttpResult>> DeleteAsync(
        DeleteObservationsRequest request, SmartRegionDb db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Filter))
        {
            return TypedResults.Problem("filter is needed: deleting every Observation at once is not offered here.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }

        var sql = new SqlText();
        string condition;
        try
        {
            var filter = QueryOptionsParser.ParseFilter(request.Filter, QueryLimits.Default);
            var dialect = db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite;
            condition = new FilterTranslator(dialect, sql, "filter").Condition(filter, SensingEntities.Observations, "t0");
        }
        catch (QueryParseException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid filter");
        }

        if (request.Datastream is { } datastream)
        {
            condition += $" AND t0.datastream_id = {sql.Parameter(datastream)}";
        }

        sql.Append($"DELETE FROM sta_observations WHERE id IN (SELECT t0.id FROM sta_observations t0 WHERE {condition})");
        var deleted = await SensingWriteApi.InTransactionAsync(db, async (connection, transaction, _) =>
        {
            await using var command = sql.CreateCommand(connection, transaction);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return TypedResults.Ok(new DeleteObservationsResult(Convert.ToInt64(deleted, CultureInfo.InvariantCulture)));
    }
}

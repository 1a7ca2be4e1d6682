using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Sensing.Api;

public sealed record CsvImportResult(long Imported);

/// <summary>Bulk import of a Datastream's Observations from CSV over HTTP (the command line has <c>import csv</c>).</summary>
internal static class CsvImportApi
{
    public static void MapCsvImportApi(this WebApplication app) =>
        app.MapPost("/api/sensing/datastreams/{id:long}/observations/csv", HandleAsync)
            .RequireAuthorization(IdentitySetup.ScopePolicy(TokenScopes.SensingWrite))
            .Accepts<string>("text/csv")
            .WithTags("SensorThings extensions")
            .WithName("ImportObservationsCsv")
            .WithSummary("Imports Observations from CSV (header phenomenonTime,result[,resultTime]); all rows or none. Needs scope sensing:write.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<CsvImportResult>, ProblemHttpResult>> HandleAsync(
        long id, HttpRequest request, SmartRegionDb db, IOptions<SensingOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.Value.MaxBodyBytes)
        {
            return TypedResults.Problem($"The body is larger than {options.Value.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
        }

        try
        {
            using var csv = new StreamReader(request.Body);
            var imported = await ImportAsync(db, id, csv, clock, null, cancellationToken);
            return TypedResults.Ok(new CsvImportResult(imported));
        }
        catch (WriteException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: exception.Status, title: exception.Status == 404 ? "Not found" : "Invalid CSV");
        }
    }

    /// <summary>The import in one transaction; shared by the API and the command line.</summary>
    public static Task<long> ImportAsync(SmartRegionDb db, long datastream, TextReader csv, TimeProvider clock, Action<long>? progress, CancellationToken cancellationToken) =>
        SensingWriteApi.InTransactionAsync(db, async (connection, transaction, dialect) =>
        {
            await using var creator = new EntityCreator(connection, transaction, dialect, clock) { DeferStreamTimes = true, DeferObservationInserts = true };
            return await CsvObservationImport.ImportAsync(creator, datastream, csv, progress, cancellationToken);
        }, cancellationToken);
}

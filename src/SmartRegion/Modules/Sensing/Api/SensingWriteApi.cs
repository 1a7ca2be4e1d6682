using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;
using SmartRegion.SensorThings.Paths;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>POST, PATCH and DELETE on the SensorThings resource paths; each request is one transaction.</summary>
internal static class SensingWriteApi
{
    public static async Task<IResult> PostAsync(HttpContext context, string version, string path, SmartRegionDb db, IOptions<SensingOptions> options, TimeProvider clock, ObservationIngest ingest, CancellationToken cancellationToken)
    {
        if (path == "$batch")
        {
            return await BatchApi.RunAsync(context, version, db, cancellationToken);
        }

        var resourcePath = ResourcePath.Parse(path, out var pathError);
        if (resourcePath is null || resourcePath.Value || resourcePath.Reference)
        {
            return Problems.NotFound(pathError ?? "Entities are created by POST to a collection.");
        }

        if (resourcePath.Parts is [{ Name: "CreateObservations", Key: null }])
        {
            return await CreateObservationsAsync(context, version, db, options.Value, clock, cancellationToken);
        }

        // A collection (Things) or a collection below one entity (Datastreams(5)/Observations).
        var first = SensingEntities.BySetName(resourcePath.Parts[0].Name);
        EntityDefinition? target;
        ParentLink? parent = null;
        switch (resourcePath.Parts)
        {
            case [{ Key: null }] when first is not null:
                target = first;
                break;
            case [{ Key: { } parentId }, { Key: null } child] when first?.Navigation(child.Name) is { IsCollection: true } navigation:
                target = SensingEntities.BySetName(navigation.Target)!;
                parent = new ParentLink(EntityCreator.Reverse(first, navigation), parentId);
                break;
            default:
                return Problems.NotFound($"'{path}' is not a collection to create entities in (for example Things, or Datastreams(1)/Observations).");
        }

        var body = await ReadBodyAsync(context, options.Value, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        using var document = body.Document!;
        try
        {
            // Observations go through the batching ingest pipeline and are answered from what was stored; everything
            // else is its own transaction and is read back.
            if (target == SensingEntities.Observations && db.Database.CurrentTransaction is null)
            {
                var stored = await ingest.SubmitAsync(document.RootElement, parent is null ? null : parent with { ParentTable = first!.Table, ParentName = first.EntityName }, cancellationToken);
                var row = EntityRow.FromColumns(target, stored);
                context.Response.StatusCode = StatusCodes.Status201Created;
                context.Response.Headers.Location = $"{Urls.ServiceRoot(context.Request, version)}/{target.SetName}({row.Id})";
                return await SensingReadApi.WriteJsonAsync(context, json => new EntityJsonWriter(json, Urls.ServiceRoot(context.Request, version)).WriteEntity(row, null));
            }

            var id = await InTransactionAsync(db, async (connection, transaction, dialect) =>
            {
                await using var creator = new EntityCreator(connection, transaction, dialect, clock);
                if (parent is not null && !await creator.ExistsAsync(first!.Table, parent.ParentId, cancellationToken))
                {
                    throw WriteException.Missing(first.EntityName, parent.ParentId);
                }

                return await creator.CreateAsync(target, document.RootElement, "$", parent, cancellationToken);
            }, cancellationToken);
            var location = $"{Urls.ServiceRoot(context.Request, version)}/{target.SetName}({id})";
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.Headers.Location = location;
            return await WriteEntityAsync(context, version, db, target, id, options.Value, cancellationToken);
        }
        catch (WriteException exception)
        {
            return Results.Problem(exception.Message, statusCode: exception.Status, title: exception.Status == 404 ? "Not found" : "Bad request");
        }
    }

    /// <summary>The dataArray extension: answers with the selfLink of every Observation created, in order.</summary>
    private static async Task<IResult> CreateObservationsAsync(HttpContext context, string version, SmartRegionDb db, SensingOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(context, options, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        using var document = body.Document!;
        try
        {
            var ids = await InTransactionAsync(db, async (connection, transaction, dialect) =>
            {
                await using var creator = new EntityCreator(connection, transaction, dialect, clock) { DeferStreamTimes = true, DeferObservationInserts = true };
                return await DataArrayImport.ImportAsync(creator, document.RootElement, cancellationToken);
            }, cancellationToken);
            var root = Urls.ServiceRoot(context.Request, version);
            context.Response.StatusCode = StatusCodes.Status201Created;
            return await SensingReadApi.WriteJsonAsync(context, json =>
            {
                json.WriteStartArray();
                foreach (var id in ids)
                {
                    json.WriteStringValue($"{root}/Observations({id})");
                }

                json.WriteEndArray();
            });
        }
        catch (WriteException exception)
        {
            return Results.Problem(exception.Message, statusCode: exception.Status, title: exception.Status == 404 ? "Not found" : "Bad request");
        }
    }

    public static Task<IResult> PatchAsync(HttpContext context, string version, string path, SmartRegionDb db, IOptions<SensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        UpdateAsync(context, version, path, db, options.Value, clock, replace: false, cancellationToken);

    public static Task<IResult> PutAsync(HttpContext context, string version, string path, SmartRegionDb db, IOptions<SensingOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        UpdateAsync(context, version, path, db, options.Value, clock, replace: true, cancellationToken);

    private static async Task<IResult> UpdateAsync(HttpContext context, string version, string path, SmartRegionDb db, SensingOptions options, TimeProvider clock, bool replace, CancellationToken cancellationToken)
    {
        var resourcePath = ResourcePath.Parse(path, out _);
        if (resourcePath is not { Parts: [{ Key: { } id } part], Value: false, Reference: false } || SensingEntities.BySetName(part.Name) is not { } entity)
        {
            return Problems.NotFound("Entities are changed one at a time, by their own URL (for example Things(1)).");
        }

        if (!replace && JsonPatchApi.IsJsonPatch(context.Request))
        {
            return await JsonPatchApi.PatchAsync(context, version, entity, id, db, options, clock, cancellationToken);
        }

        var body = await ReadBodyAsync(context, options, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        using var document = body.Document!;
        try
        {
            var found = await InTransactionAsync(db, async (connection, transaction, dialect) =>
            {
                await using var creator = new EntityCreator(connection, transaction, dialect, clock);
                return await creator.UpdateAsync(entity, id, document.RootElement, replace, cancellationToken);
            }, cancellationToken);
            return found
                ? await WriteEntityAsync(context, version, db, entity, id, options, cancellationToken)
                : Problems.NotFound($"There is no {entity.EntityName} with @iot.id {id}.");
        }
        catch (WriteException exception)
        {
            return Results.Problem(exception.Message, statusCode: exception.Status, title: exception.Status == 404 ? "Not found" : "Bad request");
        }
    }

    public static async Task<IResult> DeleteAsync(string path, SmartRegionDb db, CancellationToken cancellationToken)
    {
        var resourcePath = ResourcePath.Parse(path, out _);
        if (resourcePath is not { Parts: [{ Key: { } id } part], Value: false, Reference: false } || SensingEntities.BySetName(part.Name) is not { } entity)
        {
            return Problems.NotFound("Entities are deleted one at a time, by their own URL (for example Things(1)).");
        }

        var deleted = await InTransactionAsync(db, async (connection, transaction, dialect) =>
        {
            await using var creator = new EntityCreator(connection, transaction, dialect, TimeProvider.System);
            return await creator.ExecuteAsync($"DELETE FROM {entity.Table} WHERE id = {{0}}", [id], cancellationToken);
        }, cancellationToken);
        return deleted == 0 ? Problems.NotFound($"There is no {entity.EntityName} with @iot.id {id}.") : Results.Ok();
    }

    /// <summary>
    /// Runs the work in a transaction: its own, or the one already open on the context (an atomic group of a
    /// $batch request), which its owner then commits or rolls back.
    /// </summary>
    internal static async Task<T> InTransactionAsync<T>(SmartRegionDb db, Func<DbConnection, DbTransaction, SqlDialect, Task<T>> work, CancellationToken cancellationToken)
    {
        var dialect = db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite;
        if (db.Database.CurrentTransaction is { } ambient)
        {
            return await work(db.Database.GetDbConnection(), ambient.GetDbTransaction(), dialect);
        }

        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(db.Database.GetDbConnection(), transaction.GetDbTransaction(), dialect);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    internal static async Task<(JsonDocument? Document, IResult? Problem)> ReadBodyAsync(HttpContext context, SensingOptions options, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            return (null, Results.Problem($"The body is larger than {options.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large"));
        }

        try
        {
            return (await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken), null);
        }
        catch (JsonException exception)
        {
            return (null, Problems.BadRequest($"The body is not valid JSON: {exception.Message}"));
        }
    }

    internal static async Task<IResult> WriteEntityAsync(HttpContext context, string version, SmartRegionDb db, EntityDefinition entity, long id, SensingOptions options, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        await db.Database.OpenConnectionAsync(cancellationToken);
        Page page;
        try
        {
            var reader = new EntityReader(db.Database.GetDbConnection(), db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite, options, db.Database.CurrentTransaction?.GetDbTransaction());
            page = await reader.ReadAsync(RowSet.ById(entity, sql, id), sql, QueryOptions.Empty with { Top = 1 }, cancellationToken);
        }
        finally
        {
            // Give the connection back before the answer is written: under load, connections are the scarce part.
            await db.Database.CloseConnectionAsync();
        }

        var root = Urls.ServiceRoot(context.Request, version);
        return await SensingReadApi.WriteJsonAsync(context, json => new EntityJsonWriter(json, root).WriteEntity(page.Rows[0], null));
    }
}

using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;
using SmartRegion.SensorThings.Query;
using MediaTypeHeaderValue = Microsoft.Net.Http.Headers.MediaTypeHeaderValue;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>
/// PATCH with <c>Content-Type: application/json-patch+json</c> (RFC 6902): the operations apply in memory to the
/// entity's own properties as it reads now (no <c>@iot.*</c>, no navigation links); the members that changed are
/// then stored through the same update as a merge PATCH, so the same checks apply. One transaction: the entity is
/// read and written in it, and nothing is stored unless every operation applied.
/// Status codes (RFC 5789 2.2): 400 for a malformed patch document, for a path outside the entity's own
/// properties, and for a result the merge update refuses (a read-only or required property, a wrong type); 409 for a
/// patch that cannot apply to the entity as it is (a location that does not exist, a failed test).
/// </summary>
internal static class JsonPatchApi
{
    public const string MediaType = "application/json-patch+json";

    public static bool IsJsonPatch(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && media.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);

    public static async Task<IResult> PatchAsync(
        HttpContext context, string version, EntityDefinition entity, long id, SmartRegionDb db, SensingOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await SensingWriteApi.ReadBodyAsync(context, options, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        IReadOnlyList<JsonPatch.Operation> operations;
        using (var document = body.Document!)
        {
            try
            {
                operations = JsonPatch.Parse(document.RootElement);
            }
            catch (JsonPatchException exception)
            {
                return Problems.BadRequest(exception.Message);
            }
        }

        var own = entity.Properties.Where(p => p.Kind != PropertyKind.Id).Select(p => p.Name).ToList();
        foreach (var operation in operations)
        {
            if (new[] { operation.Path, operation.From }.FirstOrDefault(p => p is [var first, ..] && !own.Contains(first)) is [var outside, ..])
            {
                return Problems.BadRequest($"$[{operation.Index}]: JSON Patch changes the {entity.EntityName}'s own properties ({string.Join(", ", own)}); '{outside}' is not one of them.");
            }
        }

        try
        {
            var found = await SensingWriteApi.InTransactionAsync(db, async (connection, transaction, dialect) =>
            {
                if (await ReadOwnPropertiesAsync(connection, transaction, dialect, options, entity, id, cancellationToken) is not { } current)
                {
                    return false;
                }

                var changes = Changes(entity, current, JsonPatch.Apply(current, operations));
                if (changes.Count == 0)
                {
                    return true;
                }

                using var merge = JsonDocument.Parse(changes.ToJsonString());
                await using var creator = new EntityCreator(connection, transaction, dialect, clock);
                return await creator.UpdateAsync(entity, id, merge.RootElement, replace: false, cancellationToken);
            }, cancellationToken);
            return found
                ? await SensingWriteApi.WriteEntityAsync(context, version, db, entity, id, options, cancellationToken)
                : Problems.NotFound($"There is no {entity.EntityName} with @iot.id {id}.");
        }
        catch (JsonPatchException exception)
        {
            return exception.Malformed ? Problems.BadRequest(exception.Message) : Problems.Conflict(exception.Message);
        }
        catch (WriteException exception)
        {
            return Results.Problem(exception.Message, statusCode: exception.Status, title: exception.Status == 404 ? "Not found" : "Bad request");
        }
    }

    /// <summary>The entity's own properties as its JSON form shows them, or null when there is no such entity.</summary>
    private static async Task<JsonObject?> ReadOwnPropertiesAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, SensingOptions options, EntityDefinition entity, long id, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        var reader = new EntityReader(connection, dialect, options, transaction);
        var page = await reader.ReadAsync(RowSet.ById(entity, sql, id), sql, QueryOptions.Empty with { Top = 1 }, cancellationToken);
        if (page.Rows.Count == 0)
        {
            return null;
        }

        var representation = new JsonObject();
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            var writer = new EntityJsonWriter(json, "");
            json.WriteStartObject();
            foreach (var property in entity.Properties.Where(p => p.Kind != PropertyKind.Id))
            {
                writer.WriteProperty(page.Rows[0], property);
            }

            json.WriteEndObject();
        }

        return JsonNode.Parse(buffer.ToArray())!.AsObject();
    }

    /// <summary>The members of the patched entity that differ from the current one (a removed member as null), as a merge PATCH body.</summary>
    private static JsonObject Changes(EntityDefinition entity, JsonObject current, JsonNode? patched)
    {
        if (patched is not JsonObject result)
        {
            throw WriteException.Invalid("$", $"the patched {entity.EntityName} must be an object");
        }

        var changes = new JsonObject();
        foreach (var (name, value) in result)
        {
            if (entity.Property(name) is not { Kind: not PropertyKind.Id })
            {
                throw WriteException.Invalid("$." + name, $"JSON Patch changes only the {entity.EntityName}'s own properties");
            }

            if (!current.TryGetPropertyValue(name, out var before) || !JsonPatch.DeepEquals(before, value))
            {
                changes[name] = value?.DeepClone();
            }
        }

        foreach (var (name, _) in current.Where(member => !result.ContainsKey(member.Key)))
        {
            changes[name] = null;
        }

        return changes;
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.Platform.Database;
using SmartRegion.SensorThings.Paths;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>GET on the SensorThings resource paths: collections, entities, navigation, properties, $value and $ref.</summary>
internal static class SensingReadApi
{
    public static async Task<IResult> RootAsync(HttpContext context, string version)
    {
        var root = Urls.ServiceRoot(context.Request, version);
        return await WriteJsonAsync(context, json => ServiceRoot.Write(json, root, version == "v1.1"));
    }

    public static async Task<IResult> GetAsync(HttpContext context, string version, string path, SmartRegionDb db, IOptions<SensingOptions> options, CancellationToken cancellationToken)
    {
        var resourcePath = ResourcePath.Parse(path, out var pathError);
        if (resourcePath is null)
        {
            return Problems.NotFound(pathError!);
        }

        var settings = options.Value;
        var sql = new SqlText();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var reader = new EntityReader(connection, db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite, settings, db.Database.CurrentTransaction?.GetDbTransaction());
        var resolved = PathResolver.Resolve(resourcePath, sql, reader.NewAlias, out var resolveError);
        if (resolved is null)
        {
            return Problems.NotFound(resolveError!);
        }

        QueryOptions queryOptions;
        try
        {
            queryOptions = QueryOptionsParser.Parse(
                context.Request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())),
                new QueryLimits(MaxTop: settings.MaxTop));
            OptionsCheck.Validate(resolved.Rows.Entity, queryOptions);
            var dataArray = queryOptions.ResultFormat is "dataArray";
            if ((queryOptions.ResultFormat is not null && !dataArray) || (dataArray && (resolved.Rows.Entity.SetName != "Observations" || resolved.Rows.Single)))
            {
                return Problems.BadRequest("$resultFormat: only dataArray is supported, and only for collections of Observations.");
            }
            // Checked before anything is written: a bad component must not leave half an answer behind.
            var components = dataArray ? DataArrayWriter.Components(queryOptions) : null;
            var page = await reader.ReadAsync(resolved.Rows, sql, resolved.Rows.Single ? queryOptions with { Top = 1, Skip = 0, Count = null } : queryOptions, cancellationToken);
            var root = Urls.ServiceRoot(context.Request, version);
            if (resolved.Rows.Single || resolved.Property is not null)
            {
                if (page.Rows.Count == 0)
                {
                    return Problems.NotFound($"Nothing found at {resourcePath.Parts[^1].Name}.");
                }

                return await WriteSingleAsync(context, resolved, page.Rows[0], queryOptions, root);
            }

            return await WriteJsonAsync(context, json =>
            {
                var writer = new EntityJsonWriter(json, root);
                if (resourcePath.Reference)
                {
                    WriteReferences(json, page, root);
                    return;
                }

                if (dataArray)
                {
                    DataArrayWriter.Write(json, page, components!, root, page.HasMore ? Urls.NextPage(context.Request, page.Top, page.Skip + page.Top) : null);
                    return;
                }

                writer.WriteCollection(page, p => Urls.NextPage(context.Request, p.Top, p.Skip + p.Top));
            });
        }
        catch (QueryParseException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
    }

    private static async Task<IResult> WriteSingleAsync(HttpContext context, ResolvedPath resolved, EntityRow row, QueryOptions options, string root)
    {
        if (resolved.Property is { } property)
        {
            if (resolved.JsonPath.Count > 0)
            {
                return await WriteJsonMemberAsync(context, resolved, row);
            }

            if (resolved.Path.Value)
            {
                var text = new StringBuilder();
                await WriteJsonAsync(context, json => new EntityJsonWriter(json, root).WriteValue(row, property), text);
                var raw = text.ToString();
                var unquoted = raw.Length >= 2 && raw[0] == '"' ? JsonSerializer.Deserialize<string>(raw)! : raw;
                return Results.Text(unquoted, "text/plain", Encoding.UTF8);
            }

            return await WriteJsonAsync(context, json =>
            {
                json.WriteStartObject();
                new EntityJsonWriter(json, root).WriteProperty(row, property);
                json.WriteEndObject();
            });
        }

        if (resolved.Path.Reference)
        {
            return await WriteJsonAsync(context, json =>
            {
                json.WriteStartObject();
                json.WriteString("@iot.selfLink", $"{root}/{row.Entity.SetName}({row.Id})");
                json.WriteEndObject();
            });
        }

        return await WriteJsonAsync(context, json => new EntityJsonWriter(json, root).WriteEntity(row, options.Select));
    }

    /// <summary><c>Things(1)/properties/owner</c>: one member inside a JSON property, as <c>{"owner": …}</c> or, with $value, bare.</summary>
    private static async Task<IResult> WriteJsonMemberAsync(HttpContext context, ResolvedPath resolved, EntityRow row)
    {
        if (row.Column(resolved.Property!.Column) is not string text)
        {
            return Problems.NotFound($"{resolved.Property.Name} is empty.");
        }

        using var document = JsonDocument.Parse(text);
        var value = document.RootElement;
        foreach (var segment in resolved.JsonPath)
        {
            var found = segment.Index is { } index
                ? value.ValueKind == JsonValueKind.Array && index < value.GetArrayLength() ? value[index] : (JsonElement?)null
                : value.ValueKind == JsonValueKind.Object && value.TryGetProperty(segment.Name, out var member) ? member : null;
            if (found is null)
            {
                return Problems.NotFound($"{resolved.Property.Name} has no member {string.Join('/', resolved.JsonPath)}.");
            }

            value = found.Value;
        }

        if (resolved.Path.Value)
        {
            return Results.Text(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(), "text/plain", Encoding.UTF8);
        }

        var name = resolved.JsonPath.Last(s => s.Index is null).Name;
        var json = value.Clone();
        return await WriteJsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName(name);
            json.WriteTo(writer);
            writer.WriteEndObject();
        });
    }

    private static void WriteReferences(Utf8JsonWriter json, Page page, string root)
    {
        json.WriteStartObject();
        if (page.Count is { } count)
        {
            json.WriteNumber("@iot.count", count);
        }

        json.WritePropertyName("value");
        json.WriteStartArray();
        foreach (var row in page.Rows)
        {
            json.WriteStartObject();
            json.WriteString("@iot.selfLink", $"{root}/{row.Entity.SetName}({row.Id})");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Texts as sent: "Eckernförde" and "application/geo+json" stay readable instead of becoming \u escapes. The answer
    /// is served as application/json with nosniff, never inside HTML, so the HTML-sensitive escaping buys nothing.
    /// </summary>
    private static readonly JsonWriterOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes JSON straight to the response (or into <paramref name="capture"/>); nothing is built as an object graph first.</summary>
    public static async Task<IResult> WriteJsonAsync(HttpContext context, Action<Utf8JsonWriter> write, StringBuilder? capture = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        if (capture is not null)
        {
            using var buffer = new MemoryStream();
            await using (var json = new Utf8JsonWriter(buffer, Readable))
            {
                write(json);
            }

            capture.Append(Encoding.UTF8.GetString(buffer.ToArray()));
            return Results.Empty;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var json = new Utf8JsonWriter(context.Response.BodyWriter, Readable))
        {
            write(json);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return Results.Empty;
    }
}

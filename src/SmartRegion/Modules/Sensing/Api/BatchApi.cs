using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>
/// JSON batch requests at <c>$batch</c> (the JSON form of OData 4.01 batches): a list of requests, each answered in
/// order. Requests that share an <c>atomicityGroup</c> run in one transaction: if one of them fails, none of their
/// changes stay, and the ones that had succeeded answer 424 (failed dependency). A later URL may start with
/// <c>$id</c> of an earlier request to address what that request created (<c>$1/Datastreams</c>).
/// </summary>
internal static class BatchApi
{
    private const int MaxRequests = 1_000;

    public static async Task<IResult> RunAsync(HttpContext context, string version, SmartRegionDb db, CancellationToken cancellationToken)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<SensingOptions>>().Value;
        var body = await SensingWriteApi.ReadBodyAsync(context, options, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        using var document = body.Document!;
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
        {
            return Problems.BadRequest("A batch is an object with a list \"requests\".");
        }

        if (requests.GetArrayLength() > MaxRequests)
        {
            return Problems.BadRequest($"A batch holds at most {MaxRequests} requests.");
        }

        var list = requests.EnumerateArray().ToList();
        var answers = new List<Answer>();
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count;)
        {
            var group = Text(list[i], "atomicityGroup");
            var end = i + 1;
            while (group is not null && end < list.Count && Text(list[end], "atomicityGroup") == group)
            {
                end++;
            }

            var members = list.GetRange(i, end - i);
            answers.AddRange(group is null
                ? [await RunOneAsync(context, version, db, members[0], created, cancellationToken)]
                : await RunGroupAsync(context, version, db, members, created, cancellationToken));
            i = end;
        }

        return await SensingReadApi.WriteJsonAsync(context, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("responses");
            json.WriteStartArray();
            foreach (var answer in answers)
            {
                json.WriteStartObject();
                if (answer.Id is not null)
                {
                    json.WriteString("id", answer.Id);
                }

                json.WriteNumber("status", answer.Status);
                if (answer.Location is not null)
                {
                    json.WritePropertyName("headers");
                    json.WriteStartObject();
                    json.WriteString("location", answer.Location);
                    json.WriteEndObject();
                }

                if (answer.Body.Length > 0)
                {
                    json.WritePropertyName("body");
                    json.WriteRawValue(answer.Body);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task<List<Answer>> RunGroupAsync(
        HttpContext context, string version, SmartRegionDb db, List<JsonElement> members, Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        var answers = new List<Answer>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var member in members)
        {
            answers.Add(await RunOneAsync(context, version, db, member, created, cancellationToken));
        }

        if (answers.All(a => a.Status < 400))
        {
            await transaction.CommitAsync(cancellationToken);
            return answers;
        }

        await transaction.RollbackAsync(cancellationToken);
        return [.. answers.Select(a => a.Status < 400 ? a with { Status = StatusCodes.Status424FailedDependency, Location = null, Body = "" } : a)];
    }

    private static async Task<Answer> RunOneAsync(
        HttpContext context, string version, SmartRegionDb db, JsonElement request, Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        var id = Text(request, "id");
        var method = Text(request, "method")?.ToUpperInvariant();
        var url = Text(request, "url");
        if (method is not ("GET" or "POST" or "PATCH" or "PUT" or "DELETE") || string.IsNullOrEmpty(url))
        {
            return Failure(id, StatusCodes.Status400BadRequest, "Each request needs a method (get, post, patch, put, delete) and a url.");
        }

        if (url.StartsWith('$') && created.TryGetValue(url[1..].Split('/')[0], out var reference))
        {
            url = reference + url[(url.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? slash : url.Length)..];
        }

        url = url.TrimStart('/');
        if (url.StartsWith(version + "/", StringComparison.Ordinal))
        {
            url = url[(version.Length + 1)..];
        }

        if (method != "GET" && !context.User.HasClaim(PlatformClaims.Scope, TokenScopes.SensingWrite))
        {
            return Failure(id, StatusCodes.Status403Forbidden, "Changes in a batch need a bearer token with the scope sensing:write.");
        }

        var query = url.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? url : url[..query];
        var sub = new DefaultHttpContext { RequestServices = context.RequestServices, User = context.User };
        sub.Request.Method = method;
        sub.Request.Scheme = context.Request.Scheme;
        sub.Request.Host = context.Request.Host;
        sub.Request.PathBase = context.Request.PathBase;
        sub.Request.Path = $"/{version}/{path}";
        sub.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(url[query..]);
        sub.Request.Body = new MemoryStream(request.TryGetProperty("body", out var body) ? Encoding.UTF8.GetBytes(body.GetRawText()) : []);
        using var responseBody = new MemoryStream();
        sub.Response.Body = responseBody;

        var options = context.RequestServices.GetRequiredService<IOptions<SensingOptions>>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var ingest = context.RequestServices.GetRequiredService<Storage.ObservationIngest>();
        var result = method switch
        {
            "GET" => await SensingReadApi.GetAsync(sub, version, path, db, options, cancellationToken),
            "POST" when path == "$batch" => Problems.BadRequest("A batch cannot contain another batch."),
            "POST" => await SensingWriteApi.PostAsync(sub, version, path, db, options, clock, ingest, cancellationToken),
            "PATCH" => await SensingWriteApi.PatchAsync(sub, version, path, db, options, clock, cancellationToken),
            "PUT" => await SensingWriteApi.PutAsync(sub, version, path, db, options, clock, cancellationToken),
            _ => await SensingWriteApi.DeleteAsync(path, db, cancellationToken),
        };
        await result.ExecuteAsync(sub);
        await sub.Response.BodyWriter.FlushAsync(cancellationToken);

        string? location = sub.Response.Headers.Location;
        if (id is not null && location is not null)
        {
            // What a later request addresses as $id: the created entity's path below the version.
            created[id] = location[(location.IndexOf($"/{version}/", StringComparison.Ordinal) + version.Length + 2)..];
        }

        var text = Encoding.UTF8.GetString(responseBody.ToArray());
        return new Answer(id, sub.Response.StatusCode, location, text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[') ? text : "");
    }

    private static Answer Failure(string? id, int status, string detail) =>
        new(id, status, null, JsonSerializer.Serialize(new { title = "Bad request", status, detail }));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Answer(string? Id, int Status, string? Location, string Body);
}

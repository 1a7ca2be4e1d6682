using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>One request of a batch, whichever form it came in.</summary>
/// <param name="Id">The JSON form's <c>id</c> or the multipart form's <c>Content-ID</c>: what later URLs address as <c>$Id</c>.</param>
/// <param name="Url">Relative to the service root (<c>Things</c>), absolute (<c>/v1.1/Things</c>, <c>https://host/v1.1/Things</c>) or starting with <c>$Id</c>.</param>
internal sealed record BatchRequest(string? Id, string Method, string Url, string? ContentType, byte[] Body);

/// <summary>The answer to one request of a batch: status, Location, and the body with its content type.</summary>
internal sealed record BatchAnswer(string? Id, int Status, string? Location, string? ContentType, string Body)
{
    public bool Failed => Status >= 400;

    public static BatchAnswer Failure(string? id, int status, string detail) =>
        new(id, status, null, "application/problem+json", JsonSerializer.Serialize(new { title = status == 403 ? "Forbidden" : "Bad request", status, detail }));
}

/// <summary>
/// Runs the requests of a batch, JSON or multipart, through the same handlers as single requests: each on its own
/// request context, with the caller's user, answers captured. Used by both forms of <c>$batch</c>.
/// </summary>
internal sealed class BatchExecutor(HttpContext context, string version, SmartRegionDb db)
{
    public static readonly string[] Methods = ["GET", "POST", "PATCH", "PUT", "DELETE"];

    /// <summary>
    /// Runs requests in one transaction: when one fails, none of their changes stay. All requests run (each answers
    /// for itself); <see cref="BatchAnswer.Failed"/> tells the caller whether the group was rolled back.
    /// </summary>
    public async Task<List<BatchAnswer>> RunAtomicAsync(IReadOnlyList<BatchRequest> requests, Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        var answers = new List<BatchAnswer>();
        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var request in requests)
        {
            answers.Add(await RunOneAsync(request, created, cancellationToken));
        }

        if (answers.Any(a => a.Failed))
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return answers;
    }

    /// <param name="created">What earlier requests with an id created (id → path below the version); filled in here.</param>
    public async Task<BatchAnswer> RunOneAsync(BatchRequest request, Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(created);
        var id = request.Id;
        var method = request.Method.ToUpperInvariant();
        if (!Methods.Contains(method) || string.IsNullOrEmpty(request.Url))
        {
            return BatchAnswer.Failure(id, StatusCodes.Status400BadRequest, "Each request needs a method (get, post, patch, put, delete) and a url.");
        }

        var url = Relative(request.Url);
        if (url.StartsWith('$') && created.TryGetValue(url[1..].Split('/', '?')[0], out var reference))
        {
            url = reference + url[(url.IndexOfAny(['/', '?']) is var end and >= 0 ? end : url.Length)..];
        }

        if (method != "GET" && !context.User.HasClaim(PlatformClaims.Scope, TokenScopes.SensingWrite))
        {
            return BatchAnswer.Failure(id, StatusCodes.Status403Forbidden, "Changes in a batch need a bearer token with the scope sensing:write.");
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
        sub.Request.ContentType = request.ContentType ?? "application/json";
        sub.Request.Body = new MemoryStream(request.Body);
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

        return new BatchAnswer(id, sub.Response.StatusCode, location, sub.Response.ContentType, Encoding.UTF8.GetString(responseBody.ToArray()));
    }

    /// <summary>The URL below the version: <c>https://host/base/v1.1/Things?…</c>, <c>/v1.1/Things?…</c> and <c>Things?…</c> all give <c>Things?…</c>.</summary>
    private string Relative(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            url = absolute.PathAndQuery;
        }

        var pathBase = context.Request.PathBase.Value;
        if (!string.IsNullOrEmpty(pathBase) && url.StartsWith(pathBase + "/", StringComparison.Ordinal))
        {
            url = url[pathBase.Length..];
        }

        url = url.TrimStart('/');
        return url.StartsWith(version + "/", StringComparison.Ordinal) ? url[(version.Length + 1)..] : url;
    }
}

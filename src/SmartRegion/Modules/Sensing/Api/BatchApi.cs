using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>
/// Batch requests at <c>$batch</c>, in two forms chosen by the Content-Type; both run their requests through
/// <see cref="BatchExecutor"/>.
/// <list type="bullet">
/// <item><c>multipart/mixed; boundary=…</c> (OData 4.0 Part 1, 11.7, as SensorThings 1.1 specifies it): see
/// <see cref="MultipartBatchReader"/> and <see cref="MultipartBatchWriter"/>. A change set runs in one transaction;
/// when one of its requests fails, the change set is rolled back and answered by that one error.</item>
/// <item>JSON (the JSON form of OData 4.01 batches): a list of requests, each answered in order. Requests that share
/// an <c>atomicityGroup</c> run in one transaction: if one of them fails, none of their changes stay, and the ones
/// that had succeeded answer 424 (failed dependency).</item>
/// </list>
/// In both, a later URL may start with <c>$id</c> (the JSON <c>id</c>, the multipart <c>Content-ID</c>) of an earlier
/// request to address what that request created (<c>$1/Datastreams</c>).
/// </summary>
internal static class BatchApi
{
    public const int MaxRequests = 1_000;

    public static async Task<IResult> RunAsync(HttpContext context, string version, SmartRegionDb db, CancellationToken cancellationToken)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<SensingOptions>>().Value;
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var media) && media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
            return string.IsNullOrEmpty(boundary)
                ? Problems.BadRequest("A multipart batch needs its boundary in the Content-Type: multipart/mixed; boundary=…")
                : await RunMultipartAsync(context, version, db, boundary, options, cancellationToken);
        }

        return await RunJsonAsync(context, version, db, options, cancellationToken);
    }

    private static async Task<IResult> RunMultipartAsync(HttpContext context, string version, SmartRegionDb db, string boundary, SensingOptions options, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(context.Request, options.MaxBodyBytes, cancellationToken);
        if (text is null)
        {
            return Results.Problem($"The body is larger than {options.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
        }

        IReadOnlyList<MultipartBatchReader.Part> parts;
        try
        {
            parts = MultipartBatchReader.Read(text, boundary, MaxRequests);
        }
        catch (MultipartBatchException exception)
        {
            return Problems.BadRequest(exception.Message);
        }

        var executor = new BatchExecutor(context, version, db);
        var writer = new MultipartBatchWriter();
        foreach (var part in parts)
        {
            // Content-IDs name what was created only inside their own change set.
            var created = new Dictionary<string, string>(StringComparer.Ordinal);
            if (part.ChangeSet is { } changeSet)
            {
                var answers = await executor.RunAtomicAsync(changeSet, created, cancellationToken);
                if (answers.FirstOrDefault(a => a.Failed) is { } failure)
                {
                    writer.WriteResponse(failure);
                }
                else
                {
                    writer.WriteChangeSet(answers);
                }
            }
            else
            {
                writer.WriteResponse(await executor.RunOneAsync(part.Request!, created, cancellationToken));
            }
        }

        return Results.Bytes(Encoding.UTF8.GetBytes(writer.Finish()), $"multipart/mixed; boundary={writer.Boundary}");
    }

    private static async Task<IResult> RunJsonAsync(HttpContext context, string version, SmartRegionDb db, SensingOptions options, CancellationToken cancellationToken)
    {
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
        var executor = new BatchExecutor(context, version, db);
        var answers = new List<BatchAnswer>();
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count;)
        {
            var group = Text(list[i], "atomicityGroup");
            var end = i + 1;
            while (group is not null && end < list.Count && Text(list[end], "atomicityGroup") == group)
            {
                end++;
            }

            var members = list.GetRange(i, end - i).Select(ToRequest).ToList();
            if (group is null)
            {
                answers.Add(await executor.RunOneAsync(members[0], created, cancellationToken));
            }
            else
            {
                var groupAnswers = await executor.RunAtomicAsync(members, created, cancellationToken);
                var failed = groupAnswers.Any(a => a.Failed);
                answers.AddRange(groupAnswers.Select(a => failed && !a.Failed ? a with { Status = StatusCodes.Status424FailedDependency, Location = null, Body = "" } : a));
            }

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

                var text = answer.Body.TrimStart();
                if (text.StartsWith('{') || text.StartsWith('['))
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

    /// <summary>A request of the JSON form: <c>id</c>, <c>method</c>, <c>url</c>, optional <c>headers</c> (content-type) and <c>body</c>.</summary>
    private static BatchRequest ToRequest(JsonElement request)
    {
        string? contentType = null;
        if (request.ValueKind == JsonValueKind.Object && request.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object)
        {
            contentType = headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals("content-type", StringComparison.OrdinalIgnoreCase) && h.Value.ValueKind == JsonValueKind.String).Value is { ValueKind: JsonValueKind.String } value
                ? value.GetString()
                : null;
        }

        var body = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("body", out var given) ? Encoding.UTF8.GetBytes(given.GetRawText()) : [];
        return new BatchRequest(Text(request, "id"), Text(request, "method") ?? "", Text(request, "url") ?? "", contentType, body);
    }

    /// <summary>The body as text, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    private static async Task<string?> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

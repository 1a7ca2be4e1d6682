using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

public abstract class MultipartBatchTests(SmartRegionApp app)
{
    private const string Datastream = """
        {"name":"Salzgehalt","description":"PSU","observationType":"OM_Measurement","unitOfMeasurement":{"name":"PSU","symbol":"PSU","definition":"ucum:1"},
         "Sensor":{"name":"CTD","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Salzgehalt","definition":"d","description":"d"}}
        """;

    [Fact]
    public async Task Multipart_GetAndChangeSetWithContentIdReference_AnswerInOrder()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"Kieler Bucht {Guid.NewGuid():N}";
        var existing = await client.PostAsync("/v1.1/Things", """{"name":"Vorher da","description":"für das GET"}""");

        var (status, answer) = await SendAsync(client, "batch_36522ad7", $$"""
            --batch_36522ad7
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            GET /v1.1/Things({{existing}}) HTTP/1.1
            Host: localhost

            --batch_36522ad7
            Content-Type: multipart/mixed; boundary=changeset_77162fcd

            --changeset_77162fcd
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 1

            POST https://localhost/v1.1/Things HTTP/1.1
            Host: localhost
            Content-Type: application/json

            {"name":"{{name}}","description":"Messboje"}
            --changeset_77162fcd
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 2

            POST $1/Datastreams HTTP/1.1
            Content-Type: application/json

            {{Datastream}}
            --changeset_77162fcd--
            --batch_36522ad7
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            GET Things?$filter=name eq '{{name}}'&$expand=Datastreams HTTP/1.1

            --batch_36522ad7--
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, answer.Count);
        Assert.Equal(200, answer[0].Response!.Status);
        Assert.Equal("Vorher da", answer[0].Response!.Json.GetProperty("name").GetString());

        var changeSet = answer[1].ChangeSet!;
        Assert.Equal([201, 201], changeSet.Select(r => r.Status));
        Assert.Equal(["1", "2"], changeSet.Select(r => r.PartHeaders["Content-ID"]));
        Assert.StartsWith("https://localhost/v1.1/Things(", changeSet[0].Headers["Location"], StringComparison.Ordinal);
        Assert.StartsWith("application/json", changeSet[0].Headers["Content-Type"], StringComparison.Ordinal);
        var thing = changeSet[0].Json.GetProperty("@iot.id").GetInt64();
        Assert.Equal("Salzgehalt", changeSet[1].Json.GetProperty("name").GetString());

        var found = Assert.Single(answer[2].Response!.Json.GetProperty("value").EnumerateArray());
        Assert.Equal(thing, found.GetProperty("@iot.id").GetInt64());
        Assert.Equal("Salzgehalt", Assert.Single(found.GetProperty("Datastreams").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Multipart_FailingChangeSet_KeepsNothingAndAnswersOneError()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"Verworfen {Guid.NewGuid():N}";

        var (status, answer) = await SendAsync(client, "b", $$"""
            --b
            Content-Type: multipart/mixed; boundary=cs

            --cs
            Content-Type: application/http
            Content-ID: a

            POST Things HTTP/1.1
            Content-Type: application/json

            {"name":"{{name}}","description":"wird zurückgerollt"}
            --cs
            Content-Type: application/http
            Content-ID: b

            PATCH $a HTTP/1.1
            Content-Type: application/json

            {"description":"auch zurückgerollt"}
            --cs
            Content-Type: application/http
            Content-ID: c

            POST Things HTTP/1.1
            Content-Type: application/json

            {"description":"ohne Namen"}
            --cs--
            --b
            Content-Type: application/http

            POST Things HTTP/1.1
            Content-Type: application/json

            {"name":"{{name}} bleibt","description":"eigene Anfrage"}
            --b--
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, answer.Count);
        var error = answer[0].Response!;
        Assert.Equal(400, error.Status);
        Assert.Equal("c", error.PartHeaders["Content-ID"]);
        Assert.StartsWith("application/problem+json", error.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("name", error.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(201, answer[1].Response!.Status);
        var stored = await client.GetAsync($"/v1.1/Things?$filter=startswith(name, '{name}')");
        Assert.Equal($"{name} bleibt", Assert.Single(stored.GetProperty("value").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Multipart_LfLineEndsAndQuotedBoundary_AreRead()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"Nur LF {Guid.NewGuid():N}";
        var body = $$$"""
            preamble that is skipped
            --lf:1
            Content-Type: multipart/mixed; boundary="cs lf"

            --cs lf
            Content-Type: application/http
            Content-ID: thing

            POST /v1.1/Things HTTP/1.1
            Content-Type: application/json

            {"name":"{{{name}}}","description":"d"}
            --cs lf
            Content-Type: application/http
            Content-ID: patch

            PATCH $thing HTTP/1.1
            Content-Type: application/json-patch+json

            [{"op":"add","path":"/properties","value":{"zeilen":"LF"}}]
            --cs lf--
            --lf:1
            Content-Type: application/http

            DELETE Things(999999999) HTTP/1.1
            --lf:1--
            epilogue that is skipped
            """.ReplaceLineEndings("\n");

        var (status, answer) = await SendAsync(client, "\"lf:1\"", body, normaliseLineEnds: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([201, 200], answer[0].ChangeSet!.Select(r => r.Status));
        Assert.Equal("LF", answer[0].ChangeSet![1].Json.GetProperty("properties").GetProperty("zeilen").GetString());
        Assert.Equal(404, answer[1].Response!.Status);
    }

    [Fact]
    public async Task Multipart_WithoutBoundary_IsRefused()
    {
        using var client = await SensingClient.CreateAsync(app);
        using var content = new StringContent("--x\r\n\r\n--x--\r\n");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed");

        var (status, body, _) = await client.SendRawAsync(HttpMethod.Post, "/v1.1/$batch", content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("boundary", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no closing delimiter", "--b\nContent-Type: application/http\n\nGET Things HTTP/1.1\n", "closing delimiter")]
    [InlineData("no boundary line", "GET Things HTTP/1.1\n", "no part")]
    [InlineData("no request line", "--b\nContent-Type: application/http\n\n\n--b--\n", "no request line")]
    [InlineData("unknown method", "--b\nContent-Type: application/http\n\nFROBNICATE Things HTTP/1.1\n--b--\n", "FROBNICATE")]
    [InlineData("no URL", "--b\nContent-Type: application/http\n\nGET\n--b--\n", "no URL")]
    [InlineData("no Content-Type", "--b\n\nGET Things HTTP/1.1\n--b--\n", "Content-Type")]
    [InlineData("GET in a change set", "--b\nContent-Type: multipart/mixed; boundary=c\n\n--c\nContent-Type: application/http\n\nGET Things HTTP/1.1\n--c--\n--b--\n", "GET")]
    [InlineData(
        "nested change set",
        "--b\nContent-Type: multipart/mixed; boundary=c\n\n--c\nContent-Type: multipart/mixed; boundary=d\n\n--d\nContent-Type: application/http\n\nPOST Things HTTP/1.1\n\n{}\n--d--\n--c--\n--b--\n",
        "nested")]
    [InlineData("change set without boundary", "--b\nContent-Type: multipart/mixed\n\n--c--\n--b--\n", "boundary")]
    public async Task Multipart_Malformed_IsAClearError(string what, string body, string expected)
    {
        using var client = await SensingClient.CreateAsync(app);
        var before = await CountThingsAsync(client);

        var (status, text) = await SendTextAsync(client, "b", body.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(status == HttpStatusCode.BadRequest, $"{what}: {(int)status} {text}");
        using var problem = JsonDocument.Parse(text);
        Assert.Contains(expected, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountThingsAsync(client));
    }

    [Fact]
    public async Task Multipart_MoreThanAThousandRequests_IsRefusedBeforeAnyRuns()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"Zu viele {Guid.NewGuid():N}";
        var body = new StringBuilder();
        for (var i = 0; i < 1_001; i++)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"--b\r\nContent-Type: application/http\r\n\r\nPOST Things HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{{\"name\":\"{name}\",\"description\":\"{i}\"}}\r\n");
        }

        body.Append("--b--\r\n");

        var (status, text) = await SendTextAsync(client, "b", body.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("1000", text, StringComparison.Ordinal);
        var stored = await client.GetAsync($"/v1.1/Things?$filter=name eq '{name}'&$count=true&$top=1");
        Assert.Equal(0, stored.GetProperty("@iot.count").GetInt32());
    }

    [Fact]
    public async Task Multipart_BuiltWithMultipartContent_IsRead()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"MultipartContent {Guid.NewGuid():N}";
        using var changeSet = new MultipartContent("mixed", "cs_" + Guid.NewGuid().ToString("N"));
        changeSet.Add(Http($"POST Things HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{{\"name\":\"{name}\",\"description\":\"d\"}}", contentId: "t"));
        changeSet.Add(Http("POST $t/Locations HTTP/1.1\r\nContent-Type: application/json\r\n\r\n" +
            """{"name":"Bülk","description":"Leuchtturm","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.2,54.46]}}""", contentId: "l"));
        using var batch = new MultipartContent("mixed", "batch_" + Guid.NewGuid().ToString("N")) { changeSet };

        var (status, text, response) = await client.SendRawAsync(HttpMethod.Post, "/v1.1/$batch", batch);

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = MultipartAnswer.Parse(text, response.Content.Headers.ContentType!);
        Assert.Equal([201, 201], answer[0].ChangeSet!.Select(r => r.Status));
        var thing = answer[0].ChangeSet![0].Json.GetProperty("@iot.id").GetInt64();
        var history = await client.GetAsync($"/v1.1/Things({thing})/HistoricalLocations?$count=true");
        Assert.Equal(1, history.GetProperty("@iot.count").GetInt32());
    }

    private static StringContent Http(string request, string contentId)
    {
        var part = new StringContent(request);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/http");
        part.Headers.Add("Content-Transfer-Encoding", "binary");
        part.Headers.Add("Content-ID", contentId);
        return part;
    }

    private static async Task<long> CountThingsAsync(SensingClient client) =>
        (await client.GetAsync("/v1.1/Things?$count=true&$top=1")).GetProperty("@iot.count").GetInt64();

    /// <summary>Sends a multipart batch (the raw string literal's LF line ends become CRLF unless told otherwise) and parses the answer.</summary>
    private static async Task<(HttpStatusCode Status, IReadOnlyList<MultipartAnswer.Part> Answer)> SendAsync(SensingClient client, string boundary, string body, bool normaliseLineEnds = true)
    {
        var (status, text, response) = await SendRawAsync(client, boundary, normaliseLineEnds ? body.ReplaceLineEndings("\r\n") : body);
        Assert.True(status == HttpStatusCode.OK, $"{(int)status} {text}");
        return (status, MultipartAnswer.Parse(text, response.Content.Headers.ContentType!));
    }

    private static async Task<(HttpStatusCode Status, string Text)> SendTextAsync(SensingClient client, string boundary, string body)
    {
        var (status, text, _) = await SendRawAsync(client, boundary, body);
        return (status, text);
    }

    private static Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendRawAsync(SensingClient client, string boundary, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
        return client.SendRawAsync(HttpMethod.Post, "/v1.1/$batch", content);
    }
}

/// <summary>A hand parse of a multipart batch answer: per part a response, or a change set of responses.</summary>
public static class MultipartAnswer
{
    public sealed record Response(IReadOnlyDictionary<string, string> PartHeaders, int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
    }

    public sealed record Part(Response? Response, IReadOnlyList<Response>? ChangeSet);

    public static IReadOnlyList<Part> Parse(string text, MediaTypeHeaderValue contentType)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(contentType);
        Assert.Equal("multipart/mixed", contentType.MediaType);
        var boundary = contentType.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        return [.. Split(text, boundary).Select(part =>
        {
            var (headers, content) = Headers(part);
            if (headers["Content-Type"].StartsWith("multipart/mixed", StringComparison.Ordinal))
            {
                var inner = headers["Content-Type"].Split("boundary=")[1];
                return new Part(null, [.. Split(content, inner).Select(ToResponse)]);
            }

            return new Part(ToResponse(part), null);
        })];
    }

    private static Response ToResponse(string part)
    {
        var (partHeaders, http) = Headers(part);
        Assert.Equal("application/http", partHeaders["Content-Type"]);
        Assert.Equal("binary", partHeaders["Content-Transfer-Encoding"]);
        var statusLine = http[..http.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("HTTP/1.1 ", statusLine, StringComparison.Ordinal);
        var (headers, body) = Headers(http[(statusLine.Length + 2)..]);
        if (headers.TryGetValue("Content-Length", out var length))
        {
            Assert.Equal(int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetByteCount(body));
        }

        return new Response(partHeaders, int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    /// <summary>The parts between the delimiters; the CRLF before each delimiter belongs to it.</summary>
    private static List<string> Split(string text, string boundary)
    {
        var delimiter = $"--{boundary}";
        Assert.StartsWith(delimiter + "\r\n", text, StringComparison.Ordinal);
        var end = text.IndexOf($"\r\n{delimiter}--", StringComparison.Ordinal);
        Assert.True(end > 0, "no closing delimiter");
        return [.. text[(delimiter.Length + 2)..end].Split($"\r\n{delimiter}\r\n")];
    }

    private static (Dictionary<string, string> Headers, string Content) Headers(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var block = end < 0 ? text : text[..end];
        var headers = block.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return (headers, end < 0 ? "" : text[(end + 4)..]);
    }
}

public sealed class MultipartBatchTestsOnSqlite(SqliteApp app) : MultipartBatchTests(app), IClassFixture<SqliteApp>;

public sealed class MultipartBatchTestsOnPostgres(PostgresApp app) : MultipartBatchTests(app), IClassFixture<PostgresApp>;

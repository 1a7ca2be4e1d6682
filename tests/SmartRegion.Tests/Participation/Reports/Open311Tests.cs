using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Reports;

public abstract class Open311Tests(SmartRegionApp app)
{
    private async Task<HttpResponseMessage> PostAsync(string format, params (string Name, string Value)[] fields)
    {
        using var session = app.NewSession();
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await session.Client.PostAsync(new Uri($"/open311/v2/requests.{format}", UriKind.Relative), content);
    }

    private async Task<JsonElement> JsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<int> PostValidAsync(string description)
    {
        var token = await ReportKit.Open311TokenAsync(app);
        using var response = await PostAsync("json", ("api_key", token), ("service_code", "dead-fish"), ("lat", "54.4412"), ("long", "10.2305"), ("description", description),
            ("email", "finderin@example.org"), ("first_name", "Frauke"), ("last_name", "Fischer"), ("jurisdiction_id", "ploen"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        return int.Parse(document.RootElement[0].GetProperty("service_request_id").GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>The list item of one report on the list page, from its opening tag to its end.</summary>
    private static string ListItem(string html, int id)
    {
        var link = html.IndexOf($"href=\"/participation/reports/{id}\"", StringComparison.Ordinal);
        Assert.True(link > 0, $"report {id} is not in the list");
        var start = html.LastIndexOf("<li ", link, StringComparison.Ordinal);
        return html[start..html.IndexOf("</li>", link, StringComparison.Ordinal)];
    }

    private static List<string> Ids(JsonElement list) => [.. list.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!)];

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Discovery_JsonAndXml_NameTheGeoReportEndpoint()
    {
        var json = await JsonAsync("/open311/v2/discovery.json");
        using var session = app.NewSession();
        using var xmlResponse = await session.GetAsync("/open311/v2/discovery.xml");
        var xml = XDocument.Parse(await xmlResponse.Content.ReadAsStringAsync());

        var endpoint = json.GetProperty("endpoints")[0];
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.Equal("https://localhost/open311/v2", endpoint.GetProperty("url").GetString());
        Assert.Contains("application/json", endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("text/xml", xmlResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("discovery", xml.Root!.Name.LocalName);
        Assert.Equal(["text/xml", "application/json"], xml.Root.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format").Select(f => f.Value));
    }

    [Fact]
    public async Task Services_Json_ListsTheSeededCategories()
    {
        var services = await JsonAsync("/open311/v2/services.json?jurisdiction_id=kielregion");

        var litter = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "beach-litter");
        Assert.Equal("Müll am Strand", litter.GetProperty("service_name").GetString());
        Assert.Equal("Küste und Meer", litter.GetProperty("group").GetString());
        Assert.False(litter.GetProperty("metadata").GetBoolean());
        Assert.Equal("realtime", litter.GetProperty("type").GetString());
        Assert.Contains(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "coastal-erosion");
        Assert.Equal("Litter on a beach", (await JsonAsync("/open311/v2/services.json?culture=en")).EnumerateArray()
            .Single(s => s.GetProperty("service_code").GetString() == "beach-litter").GetProperty("service_name").GetString());
    }

    [Fact]
    public async Task Services_Xml_ParsesWithTheSameServices()
    {
        var json = await JsonAsync("/open311/v2/services.json");
        using var session = app.NewSession();
        var xml = XDocument.Parse(await session.Client.GetStringAsync(new Uri("/open311/v2/services.xml", UriKind.Relative)));

        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Equal(
            json.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()),
            xml.Root.Elements("service").Select(s => s.Element("service_code")!.Value));
        var dumping = xml.Root.Elements("service").Single(s => s.Element("service_code")!.Value == "illegal-dumping");
        Assert.Equal("false", dumping.Element("metadata")!.Value);
        Assert.Equal("Infrastruktur", dumping.Element("group")!.Value);
    }

    [Fact]
    public async Task ServiceDefinition_CategoryWithoutAttributes_AnswersAnEmptyAttributeList()
    {
        var definition = await JsonAsync("/open311/v2/services/beach-litter.json");
        using var session = app.NewSession();
        var xml = XDocument.Parse(await session.Client.GetStringAsync(new Uri("/open311/v2/services/beach-litter.xml", UriKind.Relative)));

        Assert.Equal("beach-litter", definition.GetProperty("service_code").GetString());
        Assert.Equal(0, definition.GetProperty("attributes").GetArrayLength());
        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Equal("beach-litter", xml.Root.Element("service_code")!.Value);
        Assert.Empty(xml.Root.Element("attributes")!.Elements());
    }

    [Fact]
    public async Task ServiceDefinition_UnknownService_Is404InTheErrorShape()
    {
        var error = await JsonAsync("/open311/v2/services/no-such-service.json", HttpStatusCode.NotFound);

        Assert.Equal(404, error[0].GetProperty("code").GetInt32());
        Assert.Contains("no-such-service", error[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AddressStringAlone_IsFiledWithoutAPointForTheWholeRegion()
    {
        var token = await ReportKit.Open311TokenAsync(app);
        var address = $"Kieler Straße {Random.Shared.Next(1, 999)}, 24235 Laboe";

        using var response = await PostAsync("json", ("api_key", token), ("service_code", "illegal-dumping"), ("address_string", address), ("description", "Sperrmüll vor dem Haus"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var id = int.Parse(JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString()!, CultureInfo.InvariantCulture);
        var stored = await app.QueryAsync(db => db.Set<ServiceRequest>().SingleAsync(r => r.Id == id));
        Assert.Null(stored.Latitude);
        Assert.Null(stored.Longitude);
        Assert.Equal(address, stored.Address);
        Assert.Equal(await app.AreaIdAsync("kielregion"), stored.AreaId);
        var request = (await JsonAsync($"/open311/v2/requests/{id}.json"))[0];
        Assert.Equal(address, request.GetProperty("address").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("lat").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.GetProperty("long").ValueKind);
        using var session = app.NewSession();
        var xml = XDocument.Parse(await session.Client.GetStringAsync(new Uri($"/open311/v2/requests/{id}.xml", UriKind.Relative)));
        Assert.Equal("", xml.Root!.Element("request")!.Element("lat")!.Value);
    }

    [Fact]
    public async Task ReportPages_AddressOnlyReport_ShowTheAddressAndLeaveItOffTheMap()
    {
        var token = await ReportKit.Open311TokenAsync(app);
        var address = $"Strandstraße {Random.Shared.Next(1, 999)}, Schönberg";
        using var response = await PostAsync("json", ("api_key", token), ("service_code", "beach-litter"), ("address_string", address), ("description", "Netze im Spülsaum"));
        var id = int.Parse(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!, CultureInfo.InvariantCulture);
        var placed = await PostValidAsync("mit Kartenpunkt");
        using var visitor = app.NewSession();

        var detail = await visitor.GetHtmlAsync($"/participation/reports/{id}");
        var list = await visitor.GetHtmlAsync("/participation/reports");

        Assert.Contains(address, detail, StringComparison.Ordinal);
        Assert.Contains("nur mit Adresse gemeldet", detail, StringComparison.Ordinal);
        var item = ListItem(list, id);
        Assert.DoesNotContain("data-lat", item, StringComparison.Ordinal);
        Assert.DoesNotContain("data-lon", item, StringComparison.Ordinal);
        Assert.Contains(address, list, StringComparison.Ordinal);
        Assert.Contains("data-lat=\"54.4412\" data-lon=\"10.2305\"", ListItem(list, placed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NeitherPointNorAddress_Is400WithAClearDescription()
    {
        var token = await ReportKit.Open311TokenAsync(app);
        var before = await app.QueryAsync(db => db.Set<ServiceRequest>().CountAsync());

        using var json = await PostAsync("json", ("api_key", token), ("service_code", "dead-fish"), ("description", "irgendwo"));
        using var xml = await PostAsync("xml", ("api_key", token), ("service_code", "dead-fish"), ("address_id", "4711"));
        using var halfPoint = await PostAsync("json", ("api_key", token), ("service_code", "dead-fish"), ("lat", "54.31"), ("address_string", "Hörn"));

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        using var error = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(400, error.RootElement[0].GetProperty("code").GetInt32());
        var description = error.RootElement[0].GetProperty("description").GetString();
        Assert.Contains("lat and long", description, StringComparison.Ordinal);
        Assert.Contains("address_string", description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, xml.StatusCode);
        Assert.Contains("address_string", XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, halfPoint.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.Set<ServiceRequest>().CountAsync()));
    }

    [Fact]
    public async Task Post_ValidToken_AnswersTheIdAndTheRequestIsReadable()
    {
        var description = $"Viele tote Heringe am Ufer bei Laboe {Guid.NewGuid():N}";

        var id = await PostValidAsync(description);

        var list = await JsonAsync($"/open311/v2/requests/{id}.json");
        var request = list[0];
        Assert.Equal(Text(id), request.GetProperty("service_request_id").GetString());
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("dead-fish", request.GetProperty("service_code").GetString());
        Assert.Equal(description, request.GetProperty("description").GetString());
        Assert.Equal(54.4412, request.GetProperty("lat").GetDouble());
        Assert.Equal(10.2305, request.GetProperty("long").GetDouble());
        Assert.True(DateTimeOffset.TryParseExact(request.GetProperty("requested_datetime").GetString(), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var raw = list.GetRawText();
        Assert.DoesNotContain("finderin@example.org", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Fischer", raw, StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.Set<ServiceRequest>().SingleAsync(r => r.Id == id));
        Assert.Equal("finderin@example.org", stored.ContactEmail);
        Assert.Equal(await app.AreaIdAsync("ploen"), stored.AreaId);
        Assert.DoesNotContain("finderin@example.org", await app.NewSession().GetHtmlAsync($"/participation/reports/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Xml_AnswersTheIdInTheServiceRequestsShape()
    {
        var token = await ReportKit.Open311TokenAsync(app);

        using var response = await PostAsync("xml", ("api_key", token), ("service_code", "damaged-road"), ("lat", "54.31"), ("long", "10.13"), ("description", "Schlagloch"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        Assert.True(int.TryParse(xml.Root.Element("request")!.Element("service_request_id")!.Value, out _));
    }

    [Fact]
    public async Task Post_MissingServiceCode_Is400InTheErrorShape()
    {
        var token = await ReportKit.Open311TokenAsync(app);

        using var json = await PostAsync("json", ("api_key", token), ("lat", "54.31"), ("long", "10.13"), ("description", "ohne Kategorie"));
        using var xml = await PostAsync("xml", ("api_key", token), ("lat", "54.31"), ("long", "10.13"), ("description", "ohne Kategorie"));

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        using var error = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(400, error.RootElement[0].GetProperty("code").GetInt32());
        Assert.Contains("service_code", error.RootElement[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, xml.StatusCode);
        var errors = XDocument.Parse(await xml.Content.ReadAsStringAsync());
        Assert.Equal("errors", errors.Root!.Name.LocalName);
        Assert.Equal("400", errors.Root.Element("error")!.Element("code")!.Value);
    }

    [Fact]
    public async Task Post_PointOutsideTheRegion_Is400()
    {
        var token = await ReportKit.Open311TokenAsync(app);

        using var response = await PostAsync("json", ("api_key", token), ("service_code", "dead-fish"), ("lat", "53.55"), ("long", "9.99"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BadOrUnscopedApiKey_Is403()
    {
        var sensingToken = await ReportKit.TokenAsync(app, TokenScopes.SensingWrite);
        var before = await app.QueryAsync(db => db.Set<ServiceRequest>().CountAsync());

        using var unknown = await PostAsync("json", ("api_key", "srt_nichtgueltig"), ("service_code", "dead-fish"), ("lat", "54.31"), ("long", "10.13"));
        using var missing = await PostAsync("json", ("service_code", "dead-fish"), ("lat", "54.31"), ("long", "10.13"));
        using var unscoped = await PostAsync("xml", ("api_key", sensingToken), ("service_code", "dead-fish"), ("lat", "54.31"), ("long", "10.13"));

        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(403, JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unscoped.StatusCode);
        Assert.Equal("403", XDocument.Parse(await unscoped.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("code")!.Value);
        Assert.Equal(before, await app.QueryAsync(db => db.Set<ServiceRequest>().CountAsync()));
    }

    [Fact]
    public async Task Requests_FilterByServiceRequestId_AnswersExactlyThose()
    {
        var first = await PostValidAsync("erste");
        var second = await PostValidAsync("zweite");
        await PostValidAsync("dritte");

        var list = await JsonAsync($"/open311/v2/requests.json?service_request_id={first},{second}&status=closed");

        Assert.Equal([Text(second), Text(first)], Ids(list));
    }

    [Fact]
    public async Task Requests_FilterByServiceCodeAndStatus_AnswerOnlyMatches()
    {
        var fish = await PostValidAsync("Fische");
        using var resident = await ReportKit.SignedInAsync(app, "resident");
        var road = await ReportKit.FileAsync(app, resident, "damaged-road");
        await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == road).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, ReportStatus.Closed)));

        var fishOnly = Ids(await JsonAsync("/open311/v2/requests.json?service_code=dead-fish"));
        var closed = Ids(await JsonAsync("/open311/v2/requests.json?status=closed"));
        var open = Ids(await JsonAsync("/open311/v2/requests.json?status=open"));

        Assert.Contains(Text(fish), fishOnly);
        Assert.DoesNotContain(Text(road), fishOnly);
        Assert.Contains(Text(road), closed);
        Assert.DoesNotContain(Text(fish), closed);
        Assert.Contains(Text(fish), open);
        Assert.DoesNotContain(Text(road), open);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.NewSession().GetAsync("/open311/v2/requests.json?status=pending")).StatusCode);
    }

    [Fact]
    public async Task Requests_FilterByDates_DefaultIsTheLast90Days()
    {
        var old = await PostValidAsync("aus dem letzten Winter");
        var recent = await PostValidAsync("von heute");
        var longAgo = new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc);
        await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == old).ExecuteUpdateAsync(r => r.SetProperty(x => x.RequestedAt, longAgo)));

        var byDefault = Ids(await JsonAsync("/open311/v2/requests.json"));
        var window = Ids(await JsonAsync("/open311/v2/requests.json?start_date=2025-01-15T00:00:00%2B01:00&end_date=2025-01-16T00:00:00Z"));
        var startOnly = Ids(await JsonAsync("/open311/v2/requests.json?start_date=2025-01-16T00:00:00Z"));

        Assert.Contains(Text(recent), byDefault);
        Assert.DoesNotContain(Text(old), byDefault);
        Assert.Equal([Text(old)], window);
        Assert.Contains(Text(recent), startOnly);
        Assert.DoesNotContain(Text(old), startOnly);
        var error = await JsonAsync("/open311/v2/requests.json?start_date=gestern", HttpStatusCode.BadRequest);
        Assert.Equal(400, error[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Requests_Xml_ParsesAsServiceRequests()
    {
        var id = await PostValidAsync("Müll & <Netze> am \"Strand\"");
        using var session = app.NewSession();

        var xml = XDocument.Parse(await session.Client.GetStringAsync(new Uri($"/open311/v2/requests/{id}.xml", UriKind.Relative)));

        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        var request = xml.Root.Element("request")!;
        Assert.Equal("Müll & <Netze> am \"Strand\"", request.Element("description")!.Value);
        Assert.Equal("54.4412", request.Element("lat")!.Value);
    }

    [Fact]
    public async Task RequestById_Unknown_Is404InTheErrorShape()
    {
        var error = await JsonAsync("/open311/v2/requests/999999.json", HttpStatusCode.NotFound);

        Assert.Equal(404, error[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task OpenApi_ListsTheOpen311Endpoints()
    {
        using var document = JsonDocument.Parse(await app.NewSession().Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/open311/v2/requests.{format}", out var requests));
        Assert.Equal("Open311", requests.GetProperty("post").GetProperty("tags")[0].GetString());
        Assert.True(paths.TryGetProperty("/open311/v2/discovery.{format}", out _));
    }
}

public sealed class Open311TestsOnSqlite(SqliteApp app) : Open311Tests(app), IClassFixture<SqliteApp>;

public sealed class Open311TestsOnPostgres(PostgresApp app) : Open311Tests(app), IClassFixture<PostgresApp>;

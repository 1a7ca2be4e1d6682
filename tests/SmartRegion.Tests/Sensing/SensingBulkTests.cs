using System.Net;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

/// <summary>The dataArray extension and MultiDatastreams.</summary>
public abstract class SensingBulkTests(SmartRegionApp app)
{
    private const string Station = """
        {
          "name": "Luftmessstation Kiel-Theodor-Heuss-Ring",
          "description": "DESH052, Verkehr",
          "Locations": [{ "name": "DESH052", "description": "Theodor-Heuss-Ring", "encodingType": "application/geo+json",
                          "location": { "type": "Point", "coordinates": [10.122364, 54.304242] } }],
          "Datastreams": [{
            "name": "NO2", "description": "Stickstoffdioxid, Stundenmittel",
            "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            "unitOfMeasurement": { "name": "Mikrogramm je Kubikmeter", "symbol": "µg/m³", "definition": "http://unitsofmeasure.org/ucum.html" },
            "Sensor": { "name": "Chemilumineszenz", "description": "NO2-Analysator", "encodingType": "text/html", "metadata": "https://example.org/no2" },
            "ObservedProperty": { "name": "NO2", "definition": "https://example.org/no2", "description": "Stickstoffdioxid" }
          }]
        }
        """;

    [Fact]
    public async Task CreateObservations_DataArray_CreatesEveryRowInOrder()
    {
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Station);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{ "Datastream": { "@iot.id": {{datastream}} }, "components": ["phenomenonTime", "result", "resultTime"],
               "dataArray@iot.count": 3,
               "dataArray": [["2020-08-01T10:00:00Z", 39.5, null], ["2020-08-01T11:00:00Z", 41, "2020-08-01T11:05:00Z"], ["2020-08-01T12:00:00Z", 38.25, null]] }]
            """);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(3, body.GetArrayLength());
        var observations = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$orderby=phenomenonTime");
        Assert.Equal(["39.5", "41", "38.25"], observations.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("result").GetRawText()));
        Assert.Equal("2020-08-01T11:05:00Z", observations.GetProperty("value")[1].GetProperty("resultTime").GetString());

        var compact = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$resultFormat=dataArray&$select=phenomenonTime,result&$orderby=phenomenonTime&$count=true");
        var group = Assert.Single(compact.GetProperty("value").EnumerateArray());
        Assert.Equal($"https://localhost/v1.1/Datastreams({datastream})", group.GetProperty("Datastream@iot.navigationLink").GetString());
        Assert.Equal(["phenomenonTime", "result"], group.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(3, group.GetProperty("dataArray@iot.count").GetInt32());
        Assert.Equal("[\"2020-08-01T10:00:00Z\",39.5]", group.GetProperty("dataArray")[0].GetRawText());
        Assert.Equal(3, compact.GetProperty("@iot.count").GetInt32());

        // A navigation property is no component: a clean 400, not half a dataArray answer.
        var (refused, problem, answer) = await client.SendAsync(HttpMethod.Get, $"/v1.1/Datastreams({datastream})/Observations?$resultFormat=dataArray&$select=Datastream");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("dataArray component", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateObservations_ManyRows_EachSelfLinkNamesItsOwnRow()
    {
        // Enough rows for the bulk path (COPY on PostgreSQL, ids given on SQLite), with rows that set
        // different columns, in two groups.
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Station);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        var rows = Enumerable.Range(0, 450).Select(i => i % 3 == 0
            ? $"[\"2021-03-01T00:{i / 60:D2}:{i % 60:D2}Z\", {i}, \"2021-03-02T00:00:00Z\"]"
            : $"[\"2021-03-01T00:{i / 60:D2}:{i % 60:D2}Z\", \"text {i}\", null]");
        var groups = $$"""
            [{ "Datastream": { "@iot.id": {{datastream}} }, "components": ["phenomenonTime", "result", "resultTime"], "dataArray": [{{string.Join(",", rows.Take(300))}}] },
             { "Datastream": { "@iot.id": {{datastream}} }, "components": ["phenomenonTime", "result", "resultTime"], "dataArray": [{{string.Join(",", rows.Skip(300))}}] }]
            """;

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", groups);

        Assert.Equal(HttpStatusCode.Created, status);
        var links = body.EnumerateArray().Select(link => link.GetString()!).ToList();
        Assert.Equal(450, links.Distinct().Count());
        foreach (var i in new[] { 0, 1, 299, 300, 301, 449 })
        {
            var observation = await client.GetAsync(links[i].Replace("https://localhost", "", StringComparison.Ordinal));
            Assert.Equal(i % 3 == 0 ? $"{i}" : $"\"text {i}\"", observation.GetProperty("result").GetRawText());
            Assert.Equal(i % 3 == 0, observation.TryGetProperty("resultTime", out var resultTime) && resultTime.ValueKind != System.Text.Json.JsonValueKind.Null);
        }

        var stream = await client.GetAsync($"/v1.1/Datastreams({datastream})?$select=phenomenonTime,resultTime");
        Assert.Equal("2021-03-01T00:00:00Z/2021-03-01T00:07:29Z", stream.GetProperty("phenomenonTime").GetString());
        Assert.Equal("2021-03-02T00:00:00Z/2021-03-02T00:00:00Z", stream.GetProperty("resultTime").GetString());
        var numbers = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$filter=result ge 0&$count=true&$top=0");
        Assert.Equal(150, numbers.GetProperty("@iot.count").GetInt32());
    }

    [Fact]
    public async Task CreateObservations_TimesInEveryForm_AreReadAsTheSameInstants()
    {
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Station);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        var (status, _, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{ "Datastream": { "@iot.id": {{datastream}} }, "components": ["phenomenonTime", "result"], "dataArray": [
               ["2020-08-01T10:00:00Z", 1], ["2020-08-01T12:00:00+02:00", 2], ["2020-08-01T09:00:00-01:00", 3],
               ["2020-08-01T10:00:00.250Z", 4], ["2020-08-01T10:00:00Z/2020-08-01T11:00:00Z", 5], ["2020-08-01T10:00Z", 6]] }]
            """);

        Assert.Equal(HttpStatusCode.Created, status);
        var times = (await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$orderby=result"))
            .GetProperty("value").EnumerateArray().Select(o => o.GetProperty("phenomenonTime").GetString());
        Assert.Equal(
            ["2020-08-01T10:00:00Z", "2020-08-01T10:00:00Z", "2020-08-01T10:00:00Z", "2020-08-01T10:00:00.25Z", "2020-08-01T10:00:00Z/2020-08-01T11:00:00Z", "2020-08-01T10:00:00Z"],
            times);

        // Without a time zone the instant is ambiguous: refused, and nothing of the request is stored.
        var (refused, problem, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{ "Datastream": { "@iot.id": {{datastream}} }, "components": ["phenomenonTime", "result"], "dataArray": [["2020-08-02T10:00:00Z", 7], ["2020-08-02T10:00:00.000000", 8]] }]
            """);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("dataArray[1][0]", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, (await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$count=true&$top=0")).GetProperty("@iot.count").GetInt32());
    }

    [Theory]
    [InlineData("""[{ "Datastream": { "@iot.id": DS }, "components": ["phenomenonTime", "result"], "dataArray": [["2020-08-01T10:00:00Z", 1], ["not a time", 2]] }]""", "dataArray[1][0]")]
    [InlineData("""[{ "Datastream": { "@iot.id": DS }, "components": ["phenomenonTime", "result"], "dataArray": [["2020-08-01T10:00:00Z"]] }]""", "one per component")]
    [InlineData("""[{ "Datastream": { "@iot.id": DS }, "components": ["colour", "result"], "dataArray": [] }]""", "'colour'")]
    [InlineData("""[{ "Datastream": { "@iot.id": 99999999 }, "components": ["result"], "dataArray": [[1]] }]""", "99999999")]
    public async Task CreateObservations_BadRow_StoresNothing(string template, string expected)
    {
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Station);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", template.Replace("DS", datastream.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)status}");
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$count=true")).GetProperty("@iot.count").GetInt32());
    }

    [Fact]
    public async Task Observations_PostedConcurrently_AreAllStored_AndABadOneFailsAlone()
    {
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Station);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        var posts = Enumerable.Range(0, 200).Select(i => client.SendAsync(
            HttpMethod.Post,
            $"/v1.1/Datastreams({datastream})/Observations",
            i == 100 ? """{"result":1,"phenomenonTime":"yesterday"}""" : $$"""{"result":{{i}},"phenomenonTime":"2024-01-01T00:00:00Z"}""")).ToList();
        var answers = await Task.WhenAll(posts);

        Assert.Equal(199, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.BadRequest, answers[100].Status);
        Assert.Contains("yesterday", answers[100].Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$count=true&$top=0");
        Assert.Equal(199, stored.GetProperty("@iot.count").GetInt32());
        Assert.Equal(199, answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Body.GetProperty("@iot.id").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task MultiDatastream_ResultsHaveOneValuePerObservedProperty()
    {
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", """{"name":"Wetterstation Kiel-Holtenau","description":"DWD 02564"}""");

        var multi = await client.PostAsync("/v1.1/MultiDatastreams", $$"""
            { "name": "Wind", "description": "Windgeschwindigkeit und -richtung",
              "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation",
              "unitOfMeasurements": [{ "name": "Meter je Sekunde", "symbol": "m/s", "definition": "ucum:m/s" }, { "name": "Grad", "symbol": "°", "definition": "ucum:deg" }],
              "multiObservationDataTypes": ["http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement", "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"],
              "Thing": { "@iot.id": {{thing}} },
              "Sensor": { "name": "Anemometer", "description": "Schalenkreuz", "encodingType": "text/html", "metadata": "https://example.org/anemometer" },
              "ObservedProperties": [
                { "name": "Windgeschwindigkeit", "definition": "https://example.org/wind-speed", "description": "Geschwindigkeit" },
                { "name": "Windrichtung", "definition": "https://example.org/wind-direction", "description": "Richtung" } ] }
            """);
        var feature = await client.PostAsync("/v1.1/FeaturesOfInterest", """{"name":"Holtenau","description":"Station","encodingType":"application/geo+json","feature":{"type":"Point","coordinates":[10.1357,54.3776]}}""");

        var good = await client.PostAsync($"/v1.1/MultiDatastreams({multi})/Observations", $$$"""{"result":[7.2, 95],"FeatureOfInterest":{"@iot.id":{{{feature}}}}}""");
        var (status, body, _) = await client.SendAsync(HttpMethod.Post, $"/v1.1/MultiDatastreams({multi})/Observations", $$$"""{"result":[7.2],"FeatureOfInterest":{"@iot.id":{{{feature}}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("array of 2 values", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("[7.2, 95]", (await client.GetAsync($"/v1.1/Observations({good})")).GetProperty("result").GetRawText());
        var properties = await client.GetAsync($"/v1.1/MultiDatastreams({multi})/ObservedProperties");
        Assert.Equal(2, properties.GetProperty("value").GetArrayLength());
    }
}

public abstract class MultiDatastreamOrderTests(SmartRegionApp app)
{
    [Fact]
    public async Task ObservedProperties_OfAMultiDatastream_ComeInTheOrderOfTheResultValues()
    {
        using var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", """{"name":"Boje","description":"Messboje"}""");
        var salinity = await client.PostAsync("/v1.1/ObservedProperties", """{"name":"Salzgehalt","definition":"d","description":"PSU"}""");
        var temperature = await client.PostAsync("/v1.1/ObservedProperties", """{"name":"Wassertemperatur","definition":"d","description":"°C"}""");

        var multi = await client.PostAsync("/v1.1/MultiDatastreams", $$$"""
            { "name": "Boje", "description": "Temperatur und Salzgehalt", "observationType": "OM_ComplexObservation",
              "unitOfMeasurements": [{ "name": "Grad Celsius", "symbol": "°C", "definition": "ucum:Cel" }, { "name": "PSU", "symbol": "PSU", "definition": "d" }],
              "multiObservationDataTypes": ["OM_Measurement", "OM_Measurement"],
              "Thing": { "@iot.id": {{{thing}}} },
              "Sensor": { "name": "CTD", "description": "d", "encodingType": "text/html", "metadata": "m" },
              "ObservedProperties": [{ "@iot.id": {{{temperature}}} }, { "@iot.id": {{{salinity}}} }] }
            """);

        var listed = await client.GetAsync($"/v1.1/MultiDatastreams({multi})/ObservedProperties");
        var expanded = await client.GetAsync($"/v1.1/MultiDatastreams({multi})?$expand=ObservedProperties($select=name)");

        Assert.Equal(["Wassertemperatur", "Salzgehalt"], listed.GetProperty("value").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["Wassertemperatur", "Salzgehalt"], expanded.GetProperty("ObservedProperties").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }
}

public sealed class MultiDatastreamOrderTestsOnSqlite(SqliteApp app) : MultiDatastreamOrderTests(app), IClassFixture<SqliteApp>;

public sealed class MultiDatastreamOrderTestsOnPostgres(PostgresApp app) : MultiDatastreamOrderTests(app), IClassFixture<PostgresApp>;

public sealed class SensingBulkTestsOnSqlite(SqliteApp app) : SensingBulkTests(app), IClassFixture<SqliteApp>;

public sealed class SensingBulkTestsOnPostgres(PostgresApp app) : SensingBulkTests(app), IClassFixture<PostgresApp>;

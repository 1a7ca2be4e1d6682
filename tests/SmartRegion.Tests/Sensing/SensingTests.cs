using System.Net;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

public abstract class SensingTests(SmartRegionApp app)
{
    private const string Gauge = """
        {
          "name": "Pegel Kiel-Holtenau",
          "description": "Wasserstand am Nord-Ostsee-Kanal",
          "properties": { "owner": "WSV", "number": 9610066 },
          "Locations": [{
            "name": "Kiel-Holtenau",
            "description": "Pegelstandort",
            "encodingType": "application/geo+json",
            "location": { "type": "Point", "coordinates": [10.15705, 54.37209] }
          }],
          "Datastreams": [{
            "name": "Wasserstand Kiel-Holtenau",
            "description": "Wasserstand über Pegelnull",
            "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            "unitOfMeasurement": { "name": "Zentimeter", "symbol": "cm", "definition": "http://unitsofmeasure.org/ucum.html#para-30" },
            "Sensor": { "name": "Pegelsonde", "description": "Radarpegel", "encodingType": "application/pdf", "metadata": "https://example.org/pegel.pdf" },
            "ObservedProperty": { "name": "Wasserstand", "definition": "https://example.org/wasserstand", "description": "Höhe des Wasserspiegels" }
          }]
        }
        """;

    private async Task<(SensingClient Client, long Thing, long Datastream)> GaugeAsync(string name = "Pegel Kiel-Holtenau")
    {
        var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Gauge.Replace("Pegel Kiel-Holtenau", name, StringComparison.Ordinal));
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        return (client, thing, datastream);
    }

    [Fact]
    public async Task ServiceRoot_ListsEveryCollectionAndTheConformanceClasses()
    {
        using var client = await SensingClient.CreateAsync(app);

        var root = await client.GetAsync("/v1.1");

        var names = root.GetProperty("value").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Things", "Locations", "HistoricalLocations", "Datastreams", "MultiDatastreams", "Sensors", "ObservedProperties", "Observations", "FeaturesOfInterest"], names);
        Assert.Equal("https://localhost/v1.1/Things", root.GetProperty("value")[0].GetProperty("url").GetString());
        Assert.Equal(
            [
                "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
                "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
                "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
                "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete",
                "http://www.opengis.net/spec/iot_sensing/1.1/req/batch-request/batch-request",
                "http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array",
                "http://www.opengis.net/spec/iot_sensing/1.1/req/multi-datastream",
            ],
            root.GetProperty("serverSettings").GetProperty("conformance").EnumerateArray().Select(c => c.GetString()));
        Assert.False((await client.GetAsync("/v1.0")).TryGetProperty("serverSettings", out _));
    }

    [Fact]
    public async Task DeepInsert_Thing_CreatesEverythingWithLinksAndAHistoricalLocation()
    {
        var (client, thing, datastream) = await GaugeAsync();
        using var owned = client;

        var body = await client.GetAsync($"/v1.1/Things({thing})");
        Assert.Equal($"https://localhost/v1.1/Things({thing})", body.GetProperty("@iot.selfLink").GetString());
        Assert.Equal(9610066, body.GetProperty("properties").GetProperty("number").GetInt32());
        Assert.Equal($"https://localhost/v1.1/Things({thing})/Datastreams", body.GetProperty("Datastreams@iot.navigationLink").GetString());
        var history = await client.GetAsync($"/v1.1/Things({thing})/HistoricalLocations?$expand=Locations");
        Assert.Equal("Kiel-Holtenau", history.GetProperty("value")[0].GetProperty("Locations")[0].GetProperty("name").GetString());
        var stream = await client.GetAsync($"/v1.1/Datastreams({datastream})?$expand=Sensor,ObservedProperty,Thing($select=name)");
        Assert.Equal("Pegelsonde", stream.GetProperty("Sensor").GetProperty("name").GetString());
        Assert.Equal("cm", stream.GetProperty("unitOfMeasurement").GetProperty("symbol").GetString());
        Assert.Equal("Pegel Kiel-Holtenau", stream.GetProperty("Thing").GetProperty("name").GetString());
        Assert.False(stream.GetProperty("Thing").TryGetProperty("description", out _));
    }

    [Fact]
    public async Task Observations_KeepTheirResultTypes_AndGetAFeatureFromTheLocation()
    {
        var (client, _, datastream) = await GaugeAsync();
        using var __ = client;
        string[] results = ["6", "\"6\"", "6.5", "true", "{\"a\":[1,2]}", "null"];
        var ids = new List<long>();
        for (var i = 0; i < results.Length; i++)
        {
            ids.Add(await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", $$"""{"phenomenonTime":"2023-10-20T1{{i}}:00:00Z","result":{{results[i]}}}"""));
        }

        for (var i = 0; i < results.Length; i++)
        {
            var observation = await client.GetAsync($"/v1.1/Observations({ids[i]})");
            Assert.Equal(results[i], observation.GetProperty("result").GetRawText());
        }

        var feature = await client.GetAsync($"/v1.1/Observations({ids[0]})/FeatureOfInterest");
        Assert.Equal("Kiel-Holtenau", feature.GetProperty("name").GetString());
        Assert.Equal(10.15705, feature.GetProperty("feature").GetProperty("coordinates")[0].GetDouble());
        var features = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$expand=FeatureOfInterest($select=id)&$top=10");
        Assert.Single(features.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("FeatureOfInterest").GetProperty("@iot.id").GetInt64()).Distinct());
        var stream = await client.GetAsync($"/v1.1/Datastreams({datastream})");
        Assert.Equal("2023-10-20T10:00:00Z/2023-10-20T15:00:00Z", stream.GetProperty("phenomenonTime").GetString());
    }

    [Fact]
    public async Task Query_FilterOrderTopCountAndNextLink_Work()
    {
        var (client, _, datastream) = await GaugeAsync();
        using var __ = client;
        for (var level = 500; level < 510; level++)
        {
            await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", $$"""{"phenomenonTime":"2023-10-21T{{level - 500:00}}:00:00Z","result":{{level}}}""");
        }

        var latest = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$orderby=phenomenonTime desc&$top=1");
        Assert.Equal(509, latest.GetProperty("value")[0].GetProperty("result").GetInt32());

        var high = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$filter=result ge 505 and result lt 508&$count=true&$top=2&$orderby=result");
        Assert.Equal(3, high.GetProperty("@iot.count").GetInt32());
        Assert.Equal([505, 506], high.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("result").GetInt32()));
        var next = new Uri(high.GetProperty("@iot.nextLink").GetString()!).PathAndQuery;
        var rest = await client.GetAsync(next);
        Assert.Equal(507, Assert.Single(rest.GetProperty("value").EnumerateArray()).GetProperty("result").GetInt32());
        Assert.False(rest.TryGetProperty("@iot.nextLink", out _));

        var range = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$filter=phenomenonTime ge 2023-10-21T03:00:00Z and phenomenonTime lt 2023-10-21T05:00:00Z");
        Assert.Equal(2, range.GetProperty("value").GetArrayLength());
        var hour = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$filter=hour(phenomenonTime) eq 7 and year(phenomenonTime) eq 2023");
        Assert.Equal(507, Assert.Single(hour.GetProperty("value").EnumerateArray()).GetProperty("result").GetInt32());
    }

    [Fact]
    public async Task Query_RelatedAndJsonProperties_AndStringFunctions_Filter()
    {
        var name = $"Pegel {Guid.NewGuid():N}";
        var (client, thing, datastream) = await GaugeAsync(name);
        using var __ = client;
        await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", """{"result":512}""");

        var byThing = await client.GetAsync($"/v1.1/Observations?$filter=Datastream/Thing/name eq '{name}'");
        Assert.Equal(512, Assert.Single(byThing.GetProperty("value").EnumerateArray()).GetProperty("result").GetInt32());
        var byJson = await client.GetAsync($"/v1.1/Things?$filter=properties/number eq 9610066 and startswith(name, '{name[..10]}') and substringof('{name[6..]}', name)");
        Assert.Equal(thing, Assert.Single(byJson.GetProperty("value").EnumerateArray()).GetProperty("@iot.id").GetInt64());
        var latestPerStream = await client.GetAsync($"/v1.1/Things({thing})?$expand=Datastreams($expand=Observations($orderby=phenomenonTime desc;$top=1))");
        Assert.Equal(512, latestPerStream.GetProperty("Datastreams")[0].GetProperty("Observations")[0].GetProperty("result").GetInt32());
    }

    [Fact]
    public async Task Paths_PropertyValueAndRef_Work()
    {
        var (client, thing, _) = await GaugeAsync();
        using var __ = client;

        var name = await client.GetAsync($"/v1.1/Things({thing})/name");
        Assert.Equal("Pegel Kiel-Holtenau", name.GetProperty("name").GetString());
        Assert.Equal("Pegel Kiel-Holtenau", await client.GetTextAsync($"/v1.1/Things({thing})/name/$value"));
        Assert.Equal("WSV", (await client.GetAsync($"/v1.1/Things({thing})/properties/owner")).GetProperty("owner").GetString());
        Assert.Equal("9610066", await client.GetTextAsync($"/v1.1/Things({thing})/properties/number/$value"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/v1.1/Things({thing})/properties/missing")).Status);
        var references = await client.GetAsync($"/v1.1/Things({thing})/Datastreams/$ref");
        var reference = Assert.Single(references.GetProperty("value").EnumerateArray());
        Assert.Equal(["@iot.selfLink"], reference.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/v1.1/Planets", HttpStatusCode.NotFound)]
    [InlineData("/v1.1/Things(abc)", HttpStatusCode.NotFound)]
    [InlineData("/v1.1/Things(999999)", HttpStatusCode.NotFound)]
    [InlineData("/v1.1/Things?$filter=name eq", HttpStatusCode.BadRequest)]
    [InlineData("/v1.1/Things?$filter=colour eq 'red'", HttpStatusCode.BadRequest)]
    [InlineData("/v1.1/Things?$top=100000", HttpStatusCode.BadRequest)]
    [InlineData("/v1.1/Things?$expand=Planets", HttpStatusCode.BadRequest)]
    [InlineData("/v1.1/Things?$frobnicate=1", HttpStatusCode.BadRequest)]
    [InlineData("/v1.1/Observations?$filter=result eq 'a' eq 'b'", HttpStatusCode.BadRequest)]
    public async Task Read_BadRequests_AreProblemDetails(string path, HttpStatusCode expected)
    {
        using var client = await SensingClient.CreateAsync(app);

        var (status, body, response) = await client.SendAsync(HttpMethod.Get, path);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Read_HugeFilterChains_AreRefusedNotCrashed()
    {
        using var client = await SensingClient.CreateAsync(app);
        var chain = string.Join(" or ", Enumerable.Range(1, 1200).Select(i => $"id eq {i % 10}"));

        var (status, body, _) = await client.SendAsync(HttpMethod.Get, "/v1.1/Things?$filter=" + Uri.EscapeDataString(chain));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("nests more than", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"description":"ohne Namen"}""", "needs 'name'")]
    [InlineData("""{"name":"x","description":"y","colour":"red"}""", "no property 'colour'")]
    [InlineData("""{"name":5,"description":"y"}""", "$.name")]
    [InlineData("""[1,2]""", "object is expected")]
    [InlineData("""{"name":"x","description":"y","Locations":[{"@iot.id":987654}]}""", "987654")]
    [InlineData("""{"name":"x","description":"y","Locations":[{"name":"l","description":"d","encodingType":"application/geo+json","location":{"type":"Pointy","coordinates":[1,2]}}]}""", "Pointy")]
    public async Task Create_BadBodies_SayWhatIsWrongAndStoreNothing(string json, string expected)
    {
        using var client = await SensingClient.CreateAsync(app);
        var before = (await client.GetAsync("/v1.1/Things?$count=true&$top=0")).GetProperty("@iot.count").GetInt64();

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/Things", json);

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)status}");
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetAsync("/v1.1/Things?$count=true&$top=0")).GetProperty("@iot.count").GetInt64());
    }

    [Fact]
    public async Task Writes_WithoutTokenOrScope_AreRefused()
    {
        using var client = await SensingClient.CreateAsync(app, SmartRegion.Platform.Identity.TokenScopes.PlatformAdmin);

        var (anonymous, _, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/Things", """{"name":"x","description":"y"}""", authenticated: false);
        var (wrongScope, _, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/Things", """{"name":"x","description":"y"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.Equal(HttpStatusCode.Forbidden, wrongScope);
    }

    [Fact]
    public async Task Patch_ChangesOnlyWhatIsGiven_AndNewLocationsMakeHistory()
    {
        var (client, thing, datastream) = await GaugeAsync();
        using var owned = client;
        var location = await client.PostAsync("/v1.1/Locations", """{"name":"Kiel-Leuchtturm","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.27327,54.49959]}}""");

        var (status, body, _) = await client.SendAsync(HttpMethod.Patch, $"/v1.1/Things({thing})", $$"""{"name":"Pegel Kiel-Leuchtturm","Locations":[{"@iot.id":{{location}}}]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Pegel Kiel-Leuchtturm", body.GetProperty("name").GetString());
        Assert.Equal("Wasserstand am Nord-Ostsee-Kanal", body.GetProperty("description").GetString());
        var locations = await client.GetAsync($"/v1.1/Things({thing})/Locations");
        Assert.Equal(location, Assert.Single(locations.GetProperty("value").EnumerateArray()).GetProperty("@iot.id").GetInt64());
        var history = await client.GetAsync($"/v1.1/Things({thing})/HistoricalLocations?$count=true");
        Assert.Equal(2, history.GetProperty("@iot.count").GetInt32());

        var observation = await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", """{"result":1}""");
        await client.SendAsync(HttpMethod.Patch, $"/v1.1/Observations({observation})", """{"result":42.5}""");
        var found = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$filter=result eq 42.5");
        Assert.Equal(observation, Assert.Single(found.GetProperty("value").EnumerateArray()).GetProperty("@iot.id").GetInt64());
    }

    [Fact]
    public async Task NewLocationOfAThing_MakesHistory_HoweverItIsLinked()
    {
        var (client, thing, _) = await GaugeAsync();
        using var owned = client;
        const string Place = """{"name":"Leuchtturm Friedrichsort","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.19,54.39]}}""";
        async Task<int> HistoryAsync() => (await client.GetAsync($"/v1.1/Things({thing})/HistoricalLocations?$count=true")).GetProperty("@iot.count").GetInt32();
        Assert.Equal(1, await HistoryAsync());

        // PATCH of the Thing with a link to an existing Location (merge and JSON Patch are the same update).
        var existing = await client.PostAsync("/v1.1/Locations", Place);
        var (status, _, _) = await client.SendAsync(HttpMethod.Patch, $"/v1.1/Things({thing})", $$"""{"Locations":[{"@iot.id":{{existing}}}]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, await HistoryAsync());

        // A Location created below the Thing, and one created with a link to the Thing.
        await client.PostAsync($"/v1.1/Things({thing})/Locations", Place);
        Assert.Equal(3, await HistoryAsync());
        var linked = await client.PostAsync("/v1.1/Locations", Place[..^1] + $$""","Things":[{"@iot.id":{{thing}}}]}""");
        Assert.Equal(4, await HistoryAsync());

        // PATCH of a Location with a link to the Thing; and a new Thing created inside a new Location.
        (status, _, _) = await client.SendAsync(HttpMethod.Patch, $"/v1.1/Locations({existing})", $$"""{"Things":[{"@iot.id":{{thing}}}]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, await HistoryAsync());
        var carrier = await client.PostAsync("/v1.1/Locations", Place[..^1] + ""","Things":[{"name":"Boje","description":"neu"}]}""");
        var carried = (await client.GetAsync($"/v1.1/Locations({carrier})/Things")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        Assert.Single((await client.GetAsync($"/v1.1/Things({carried})/HistoricalLocations")).GetProperty("value").EnumerateArray());
        Assert.Contains(linked, (await client.GetAsync($"/v1.1/Things({thing})/Locations")).GetProperty("value").EnumerateArray().Select(l => l.GetProperty("@iot.id").GetInt64()));

        var latest = await client.GetAsync($"/v1.1/Things({thing})/HistoricalLocations?$orderby=time desc,id desc&$top=1&$expand=Locations");
        Assert.Contains(latest.GetProperty("value")[0].GetProperty("Locations").EnumerateArray(), l => l.GetProperty("name").GetString() == "Leuchtturm Friedrichsort");
    }

    [Theory]
    [InlineData("PATCH", """{"colour":"red"}""", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", """{"name":null}""", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", """{"Datastreams":[]}""", HttpStatusCode.BadRequest)]
    [InlineData("PUT", """{"name":"nur Name"}""", HttpStatusCode.BadRequest)]
    [InlineData("PATCH", """not json""", HttpStatusCode.BadRequest)]
    public async Task Update_BadBodies_AreRefused(string method, string json, HttpStatusCode expected)
    {
        var (client, thing, _) = await GaugeAsync();
        using var owned = client;

        var (status, _, _) = await client.SendAsync(new HttpMethod(method), $"/v1.1/Things({thing})", json);

        Assert.Equal(expected, status);
        Assert.Equal("Pegel Kiel-Holtenau", (await client.GetAsync($"/v1.1/Things({thing})")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Put_ReplacesTheEntity_OptionalMembersNotGivenBecomeEmpty()
    {
        var (client, thing, _) = await GaugeAsync();
        using var owned = client;

        var (status, body, _) = await client.SendAsync(HttpMethod.Put, $"/v1.1/Things({thing})", """{"name":"Neu","description":"ersetzt"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("properties").ValueKind);
        Assert.Equal("ersetzt", body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Delete_Thing_CascadesToItsDatastreamsAndObservations()
    {
        var (client, thing, datastream) = await GaugeAsync();
        using var __ = client;
        var observation = await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", """{"result":1}""");

        var (status, _, _) = await client.SendAsync(HttpMethod.Delete, $"/v1.1/Things({thing})");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/v1.1/Things({thing})")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/v1.1/Datastreams({datastream})")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/v1.1/Observations({observation})")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Delete, $"/v1.1/Things({thing})")).Status);
    }

    [Fact]
    public async Task Answers_KeepTextsReadable_WithoutEscapes()
    {
        using var client = await SensingClient.CreateAsync(app);
        var id = await client.PostAsync("/v1.1/Locations", """{"name":"Eckernförde <Hafen> & Strand","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[9.836,54.4747]}}""");

        var text = await client.GetTextAsync($"/v1.1/Locations({id})");

        Assert.Contains("\"name\":\"Eckernförde <Hafen> & Strand\"", text, StringComparison.Ordinal);
        Assert.Contains("\"encodingType\":\"application/geo+json\"", text, StringComparison.Ordinal);
    }
}

public sealed class SensingTestsOnSqlite(SqliteApp app) : SensingTests(app), IClassFixture<SqliteApp>;

public sealed class SensingTestsOnPostgres(PostgresApp app) : SensingTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

/// <summary>PATCH with Content-Type application/json-patch+json (RFC 6902) over HTTP.</summary>
public abstract class JsonPatchTests(SmartRegionApp app)
{
    private const string JsonPatch = "application/json-patch+json";

    private const string Buoy = """
        {
          "name": "Boje Kiel",
          "description": "Messboje vor Friedrichsort",
          "properties": { "owner": { "name": "GEOMAR", "since": 2012 }, "tags": ["boje"], "a/b": 1, "m~n": 2 },
          "Locations": [{ "name": "Friedrichsort", "description": "Reede", "encodingType": "application/geo+json", "location": { "type": "Point", "coordinates": [10.19, 54.39] } }],
          "Datastreams": [{
            "name": "Wassertemperatur",
            "description": "°C",
            "observationType": "OM_Measurement",
            "unitOfMeasurement": { "name": "Grad Celsius", "symbol": "°C", "definition": "ucum:Cel" },
            "Sensor": { "name": "PT100", "description": "d", "encodingType": "text/html", "metadata": "m" },
            "ObservedProperty": { "name": "Wassertemperatur", "definition": "d", "description": "d" }
          }]
        }
        """;

    private async Task<(SensingClient Client, long Thing)> BuoyAsync()
    {
        var client = await SensingClient.CreateAsync(app);
        return (client, await client.PostAsync("/v1.1/Things", Buoy));
    }

    private static async Task<JsonElement> PatchOkAsync(SensingClient client, string path, string patch)
    {
        var (status, body, _) = await client.SendAsync(HttpMethod.Patch, path, patch, contentType: JsonPatch);
        Assert.True(status == HttpStatusCode.OK, $"{(int)status} {body}");
        return body;
    }

    [Fact]
    public async Task JsonPatch_ReplaceName_ChangesOnlyTheName()
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;

        var body = await PatchOkAsync(client, $"/v1.1/Things({thing})", """[{"op":"replace","path":"/name","value":"Boje Friedrichsort"}]""");

        Assert.Equal("Boje Friedrichsort", body.GetProperty("name").GetString());
        Assert.Equal("Messboje vor Friedrichsort", body.GetProperty("description").GetString());
        Assert.Equal(thing, body.GetProperty("@iot.id").GetInt64());
        var stored = await client.GetAsync($"/v1.1/Things({thing})");
        Assert.Equal("Boje Friedrichsort", stored.GetProperty("name").GetString());
        Assert.Equal("GEOMAR", stored.GetProperty("properties").GetProperty("owner").GetProperty("name").GetString());
    }

    [Fact]
    public async Task JsonPatch_AddDeepRemoveAppendAndEscapes_ChangeTheProperties()
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;

        var body = await PatchOkAsync(client, $"/v1.1/Things({thing})", """
            [
              {"op":"add","path":"/properties/owner/contact","value":{"mail":"boje@example.org"}},
              {"op":"add","path":"/properties/owner/contact/phone","value":"0431 600"},
              {"op":"remove","path":"/properties/owner/since"},
              {"op":"add","path":"/properties/tags/-","value":"temperatur"},
              {"op":"add","path":"/properties/tags/0","value":"ostsee"},
              {"op":"replace","path":"/properties/a~1b","value":10},
              {"op":"remove","path":"/properties/m~0n"}
            ]
            """);

        var properties = (await client.GetAsync($"/v1.1/Things({thing})")).GetProperty("properties");
        Assert.Equal(body.GetProperty("properties").GetRawText(), properties.GetRawText());
        var owner = properties.GetProperty("owner");
        Assert.Equal("boje@example.org", owner.GetProperty("contact").GetProperty("mail").GetString());
        Assert.Equal("0431 600", owner.GetProperty("contact").GetProperty("phone").GetString());
        Assert.False(owner.TryGetProperty("since", out _));
        Assert.Equal(["ostsee", "boje", "temperatur"], properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(10, properties.GetProperty("a/b").GetInt32());
        Assert.False(properties.TryGetProperty("m~n", out _));
    }

    [Fact]
    public async Task JsonPatch_TestThatHolds_LetsTheRestApply()
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;

        var body = await PatchOkAsync(client, $"/v1.1/Things({thing})", """
            [{"op":"test","path":"/properties/owner/since","value":2012.0},{"op":"test","path":"/name","value":"Boje Kiel"},
             {"op":"copy","from":"/name","path":"/description"},{"op":"move","from":"/properties/tags","path":"/properties/labels"}]
            """);

        Assert.Equal("Boje Kiel", body.GetProperty("description").GetString());
        Assert.Equal("boje", body.GetProperty("properties").GetProperty("labels")[0].GetString());
        Assert.False(body.GetProperty("properties").TryGetProperty("tags", out _));
    }

    [Theory]
    [InlineData("""[{"op":"replace","path":"/name","value":"geändert"},{"op":"test","path":"/name","value":"Boje Kiel"}]""", "test failed")]
    [InlineData("""[{"op":"replace","path":"/name","value":"geändert"},{"op":"remove","path":"/properties/nope"}]""", "nothing at /properties/nope")]
    [InlineData("""[{"op":"replace","path":"/name","value":"geändert"},{"op":"add","path":"/properties/tags/5","value":"x"}]""", "index")]
    [InlineData("""[{"op":"add","path":"/properties/owner/name/first","value":"x"}]""", "not an object")]
    public async Task JsonPatch_ThatCannotApply_Is409AndChangesNothing(string patch, string expected)
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;
        var before = (await client.GetAsync($"/v1.1/Things({thing})")).GetRawText();

        var (status, body, _) = await client.SendAsync(HttpMethod.Patch, $"/v1.1/Things({thing})", patch, contentType: JsonPatch);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetAsync($"/v1.1/Things({thing})")).GetRawText());
    }

    [Theory]
    [InlineData("""{"op":"replace","path":"/name","value":"x"}""", "array")]
    [InlineData("""[{"op":"rename","path":"/name","value":"x"}]""", "rename")]
    [InlineData("""[{"op":"replace","path":"/name"}]""", "\"value\"")]
    [InlineData("""[{"op":"replace","path":"name","value":"x"}]""", "JSON Pointer")]
    [InlineData("""[{"op":"replace","path":"/name","value":"x"},{"op":"add","path":"/Datastreams/-","value":{"@iot.id":1}}]""", "'Datastreams' is not one of them")]
    [InlineData("""[{"op":"replace","path":"/@iot.id","value":1}]""", "'@iot.id' is not one of them")]
    [InlineData("""[{"op":"replace","path":"/name","value":"x"},{"op":"add","path":"/colour","value":"red"}]""", "'colour' is not one of them")]
    [InlineData("""[{"op":"replace","path":"","value":{"name":"x","Locations":[]}}]""", "own properties")]
    [InlineData("""[{"op":"replace","path":"/name","value":5}]""", "$.name")]
    [InlineData("""[{"op":"remove","path":"/description"}]""", "$.description")]
    [InlineData("""[{"op":"replace","path":"/name","value":"x"}""", "not valid JSON")]
    public async Task JsonPatch_MalformedOrRefused_Is400AndChangesNothing(string patch, string expected)
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;
        var before = (await client.GetAsync($"/v1.1/Things({thing})")).GetRawText();

        var (status, body, _) = await client.SendAsync(HttpMethod.Patch, $"/v1.1/Things({thing})", patch, contentType: JsonPatch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetAsync($"/v1.1/Things({thing})")).GetRawText());
    }

    [Theory]
    [InlineData("""[{"op":"replace","path":"/phenomenonTime","value":"2020-01-01T00:00:00Z/2020-01-02T00:00:00Z"}]""")]
    [InlineData("""[{"op":"add","path":"/observedArea","value":{"type":"Point","coordinates":[10.2,54.4]}}]""")]
    public async Task JsonPatch_ReadOnlyProperty_IsRefused(string patch)
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        var (status, body, _) = await client.SendAsync(HttpMethod.Patch, $"/v1.1/Datastreams({datastream})", patch, contentType: JsonPatch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("cannot be changed", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonPatch_OtherEntities_UseTheSameChecks()
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        var observation = await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", """{"result":12.5,"phenomenonTime":"2024-06-01T12:00:00Z"}""");

        var stream = await PatchOkAsync(client, $"/v1.1/Datastreams({datastream})", """[{"op":"replace","path":"/unitOfMeasurement/symbol","value":"degC"}]""");
        var observed = await PatchOkAsync(client, $"/v1.1/Observations({observation})", """
            [{"op":"test","path":"/result","value":12.5},{"op":"replace","path":"/result","value":13},{"op":"add","path":"/parameters","value":{"tiefe":2}}]
            """);

        Assert.Equal("degC", stream.GetProperty("unitOfMeasurement").GetProperty("symbol").GetString());
        Assert.Equal("Grad Celsius", stream.GetProperty("unitOfMeasurement").GetProperty("name").GetString());
        Assert.Equal(13, observed.GetProperty("result").GetInt32());
        Assert.Equal(2, observed.GetProperty("parameters").GetProperty("tiefe").GetInt32());
        var found = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$filter=result eq 13");
        Assert.Single(found.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task JsonPatch_MissingEntity_Is404()
    {
        using var client = await SensingClient.CreateAsync(app);

        var (status, _, _) = await client.SendAsync(HttpMethod.Patch, "/v1.1/Things(999999999)", """[{"op":"replace","path":"/name","value":"x"}]""", contentType: JsonPatch);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task JsonPatch_InAJsonBatch_TakesTheContentTypeFromHeaders()
    {
        var (client, thing) = await BuoyAsync();
        using var owned = client;

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/$batch", $$"""
            {"requests":[{"id":"1","method":"patch","url":"Things({{thing}})","headers":{"Content-Type":"application/json-patch+json"},
              "body":[{"op":"add","path":"/properties/tags/-","value":"batch"}]}]}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = Assert.Single(body.GetProperty("responses").EnumerateArray());
        Assert.Equal(200, answer.GetProperty("status").GetInt32());
        Assert.Equal(["boje", "batch"], answer.GetProperty("body").GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}

public sealed class JsonPatchTestsOnSqlite(SqliteApp app) : JsonPatchTests(app), IClassFixture<SqliteApp>;

public sealed class JsonPatchTestsOnPostgres(PostgresApp app) : JsonPatchTests(app), IClassFixture<PostgresApp>;

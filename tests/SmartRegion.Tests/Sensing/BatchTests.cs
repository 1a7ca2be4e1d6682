using System.Net;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

public abstract class BatchTests(SmartRegionApp app)
{
    private const string Datastream = """
        {"name":"Wassertemperatur","description":"°C","observationType":"OM_Measurement","unitOfMeasurement":{"name":"Grad Celsius","symbol":"°C","definition":"ucum:Cel"},
         "Sensor":{"name":"PT100","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Wassertemperatur","definition":"d","description":"d"}}
        """;

    [Fact]
    public async Task Batch_AtomicGroupWithReferences_CreatesAllAndAnswersInOrder()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"Boknis Eck {Guid.NewGuid():N}";

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/$batch", $$$"""
            {"requests":[
              {"id":"1","atomicityGroup":"g","method":"post","url":"Things","body":{"name":"{{{name}}}","description":"Zeitreihe seit 1957",
                 "Locations":[{"name":"Boknis Eck","description":"Eckernförder Bucht","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.04,54.53]}}]}},
              {"id":"2","atomicityGroup":"g","method":"post","url":"$1/Datastreams","body":{{{Datastream}}}},
              {"id":"3","method":"get","url":"Things?$filter=name eq '{{{name}}}'&$expand=Datastreams"}
            ]}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var responses = body.GetProperty("responses").EnumerateArray().ToList();
        Assert.Equal([201, 201, 200], responses.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal(["1", "2", "3"], responses.Select(r => r.GetProperty("id").GetString()));
        Assert.StartsWith("https://localhost/v1.1/Things(", responses[0].GetProperty("headers").GetProperty("location").GetString(), StringComparison.Ordinal);
        var thing = Assert.Single(responses[2].GetProperty("body").GetProperty("value").EnumerateArray());
        Assert.Equal("Wassertemperatur", Assert.Single(thing.GetProperty("Datastreams").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Batch_GroupWithAFailure_KeepsNoneOfItsChanges()
    {
        using var client = await SensingClient.CreateAsync(app);
        var name = $"Verworfen {Guid.NewGuid():N}";

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/$batch", $$$"""
            {"requests":[
              {"id":"a","atomicityGroup":"g","method":"post","url":"Things","body":{"name":"{{{name}}}","description":"wird zurückgerollt"}},
              {"id":"b","atomicityGroup":"g","method":"post","url":"Things","body":{"description":"ohne Namen"}},
              {"id":"c","method":"post","url":"Things","body":{"name":"{{{name}}} bleibt","description":"eigene Anfrage"}}
            ]}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var statuses = body.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("status").GetInt32()).ToList();
        Assert.Equal([424, 400, 201], statuses);
        var stored = await client.GetAsync($"/v1.1/Things?$filter=startswith(name, '{name}')");
        Assert.Equal($"{name} bleibt", Assert.Single(stored.GetProperty("value").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"requests":"nein"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"requests":[{"id":"1","method":"frobnicate","url":"Things"}]}""")]
    public async Task Batch_Malformed_IsAClearError(string json)
    {
        using var client = await SensingClient.CreateAsync(app);

        var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/$batch", json);

        Assert.True(status == HttpStatusCode.BadRequest || body.GetProperty("responses")[0].GetProperty("status").GetInt32() == 400, $"{(int)status} {body}");
    }
}

public sealed class BatchTestsOnSqlite(SqliteApp app) : BatchTests(app), IClassFixture<SqliteApp>;

public sealed class BatchTestsOnPostgres(PostgresApp app) : BatchTests(app), IClassFixture<PostgresApp>;

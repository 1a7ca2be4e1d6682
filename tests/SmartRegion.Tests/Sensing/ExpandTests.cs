using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

/// <summary>
/// $expand over many parents at once: each parent gets its own page, count and next link, also when the related rows
/// of a whole level are read together.
/// </summary>
public abstract class ExpandTests(SmartRegionApp app)
{
    [Fact]
    public async Task Expand_LatestObservationOfEveryDatastream_EachParentGetsItsOwnPage()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = Guid.NewGuid().ToString("N");
        foreach (var station in new[] { "Kiel-Holtenau", "Eckernförde", "Heiligenhafen" })
        {
            var thing = await client.PostAsync("/v1.1/Things", $$$"""
                {"name":"{{{station}}} {{{tag}}}","description":"Pegel",
                 "Locations":[{"name":"{{{station}}}","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.1,54.4]}}],
                 "Datastreams":[
                   {"name":"Wasserstand","description":"cm","observationType":"OM_Measurement","unitOfMeasurement":{"name":"cm","symbol":"cm","definition":"ucum:cm"},
                    "Sensor":{"name":"Radar","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Wasserstand","definition":"d","description":"d"}},
                   {"name":"Wassertemperatur","description":"°C","observationType":"OM_Measurement","unitOfMeasurement":{"name":"°C","symbol":"°C","definition":"ucum:Cel"},
                    "Sensor":{"name":"PT100","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Wassertemperatur","definition":"d","description":"d"}}]}
                """);
            var streams = await client.GetAsync($"/v1.1/Things({thing})/Datastreams");
            foreach (var stream in streams.GetProperty("value").EnumerateArray())
            {
                var id = stream.GetProperty("@iot.id").GetInt64();
                for (var hour = 0; hour < 3; hour++)
                {
                    await client.PostAsync($"/v1.1/Datastreams({id})/Observations", $$"""{"phenomenonTime":"2025-06-01T{{10 + hour}}:00:00Z","result":{{(id * 10) + hour}}}""");
                }
            }
        }

        var things = await client.GetAsync($"/v1.1/Things?$filter=endswith(name,'{tag}')&$orderby=name" +
            "&$expand=Datastreams($orderby=name;$count=true;$top=1;$expand=Observations($orderby=phenomenonTime desc;$top=1;$count=true))");

        var list = things.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(3, list.Count);
        foreach (var thing in list)
        {
            Assert.Equal(2, thing.GetProperty("Datastreams@iot.count").GetInt32());
            Assert.Contains("$skip=1", thing.GetProperty("Datastreams@iot.nextLink").GetString(), StringComparison.Ordinal);
            var stream = Assert.Single(thing.GetProperty("Datastreams").EnumerateArray());
            Assert.Equal("Wasserstand", stream.GetProperty("name").GetString());
            Assert.Equal(3, stream.GetProperty("Observations@iot.count").GetInt32());
            var latest = Assert.Single(stream.GetProperty("Observations").EnumerateArray());
            Assert.Equal("2025-06-01T12:00:00Z", latest.GetProperty("phenomenonTime").GetString());
            Assert.Equal((stream.GetProperty("@iot.id").GetInt64() * 10) + 2, latest.GetProperty("result").GetInt64());
        }

        // A path through two levels: every Thing's Datastreams, each with its own Sensor.
        var sensors = await client.GetAsync($"/v1.1/Things?$filter=endswith(name,'{tag}')&$expand=Datastreams/Sensor($select=name)");
        Assert.All(sensors.GetProperty("value").EnumerateArray(), thing => Assert.Equal(
            ["PT100", "Radar"],
            thing.GetProperty("Datastreams").EnumerateArray().Select(d => d.GetProperty("Sensor").GetProperty("name").GetString()).Order()));
    }
}

public sealed class ExpandTestsOnSqlite(SqliteApp app) : ExpandTests(app), IClassFixture<SqliteApp>;

public sealed class ExpandTestsOnPostgres(PostgresApp app) : ExpandTests(app), IClassFixture<PostgresApp>;

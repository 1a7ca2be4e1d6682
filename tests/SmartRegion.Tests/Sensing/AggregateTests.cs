using System.Net;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

public abstract class AggregateTests(SmartRegionApp app)
{
    private async Task<(SensingClient Client, long Datastream)> LevelsAsync()
    {
        var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", """
            {"name":"Pegel Eckernförde","description":"Wasserstand",
             "Locations":[{"name":"Eckernförde","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[9.836,54.4747]}}],
             "Datastreams":[{"name":"Wasserstand","description":"cm","observationType":"OM_Measurement","unitOfMeasurement":{"name":"cm","symbol":"cm","definition":"ucum:cm"},
               "Sensor":{"name":"Radar","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Wasserstand","definition":"d","description":"d"}}]}
            """);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        // The storm surge of 20/21 October 2023 in small: three readings on the 20th, two on the 21st, one in November.
        await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{"Datastream":{"@iot.id":{{datastream}}},"components":["phenomenonTime","result"],"dataArray":[
              ["2023-10-20T18:10:00Z",600],["2023-10-20T18:50:00Z",640],["2023-10-20T22:00:00Z",680],
              ["2023-10-21T03:00:00Z",695],["2023-10-21T09:00:00Z",610],["2023-11-02T12:00:00Z","kein Wert"]]}]
            """);
        return (client, datastream);
    }

    [Fact]
    public async Task Aggregate_PerHourDayAndMonth_SummarisesNumericResults()
    {
        var (client, datastream) = await LevelsAsync();
        using var owned = client;
        var path = $"/api/sensing/datastreams/{datastream}/aggregate?from=2023-10-01T00:00:00Z&to=2023-12-01T00:00:00Z&interval=";

        var hours = await client.GetAsync(path + "hour");
        var days = await client.GetAsync(path + "day");
        var months = await client.GetAsync(path + "month");

        var first = hours[0];
        Assert.Equal("2023-10-20T18:00:00Z", first.GetProperty("start").GetString());
        Assert.Equal(600, first.GetProperty("min").GetDouble());
        Assert.Equal(640, first.GetProperty("max").GetDouble());
        Assert.Equal(620, first.GetProperty("avg").GetDouble());
        Assert.Equal(2, first.GetProperty("count").GetInt64());
        Assert.Equal(["2023-10-20T00:00:00Z", "2023-10-21T00:00:00Z", "2023-11-02T00:00:00Z"], days.EnumerateArray().Select(d => d.GetProperty("start").GetString()));
        Assert.Equal(1920, days[0].GetProperty("sum").GetDouble());
        Assert.Equal(0, days[2].GetProperty("count").GetInt64());
        Assert.Equal(["2023-10-01T00:00:00Z", "2023-11-01T00:00:00Z"], months.EnumerateArray().Select(d => d.GetProperty("start").GetString()));
        Assert.Equal(695, months[0].GetProperty("max").GetDouble());
        Assert.Equal(5, months[0].GetProperty("count").GetInt64());
    }

    [Theory]
    [InlineData("interval=week&from=2023-10-01T00:00:00Z&to=2023-11-01T00:00:00Z", HttpStatusCode.BadRequest)]
    [InlineData("interval=hour", HttpStatusCode.BadRequest)]
    [InlineData("interval=hour&from=gestern&to=2023-11-01T00:00:00Z", HttpStatusCode.BadRequest)]
    [InlineData("interval=hour&from=2023-11-01T00:00:00Z&to=2023-10-01T00:00:00Z", HttpStatusCode.BadRequest)]
    [InlineData("interval=hour&from=2000-01-01T00:00:00Z&to=2023-10-01T00:00:00Z", HttpStatusCode.BadRequest)]
    public async Task Aggregate_BadQuery_IsProblemDetails(string query, HttpStatusCode expected)
    {
        var (client, datastream) = await LevelsAsync();
        using var owned = client;

        var (status, body, _) = await client.SendAsync(HttpMethod.Get, $"/api/sensing/datastreams/{datastream}/aggregate?{query}");

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Aggregate_UnknownDatastream_Is404()
    {
        using var client = await SensingClient.CreateAsync(app);

        var (status, _, _) = await client.SendAsync(HttpMethod.Get, "/api/sensing/datastreams/987654/aggregate?from=2023-10-01T00:00:00Z&to=2023-11-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}

public sealed class AggregateTestsOnSqlite(SqliteApp app) : AggregateTests(app), IClassFixture<SqliteApp>;

public sealed class AggregateTestsOnPostgres(PostgresApp app) : AggregateTests(app), IClassFixture<PostgresApp>;

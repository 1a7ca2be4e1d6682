using System.Net;
using System.Net.Http.Headers;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

public abstract class CsvImportTests(SmartRegionApp app)
{
    internal const string Thing = """
        {"name":"Pegel Kiel-Leuchtturm","description":"Wasserstand",
         "Locations":[{"name":"Kiel-Leuchtturm","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.27327,54.49959]}}],
         "Datastreams":[{"name":"Wasserstand","description":"cm","observationType":"OM_Measurement","unitOfMeasurement":{"name":"cm","symbol":"cm","definition":"ucum:cm"},
           "Sensor":{"name":"Radar","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Wasserstand","definition":"d","description":"d"}}]}
        """;

    private async Task<(SensingClient Client, long Datastream)> DatastreamAsync()
    {
        var client = await SensingClient.CreateAsync(app);
        var thing = await client.PostAsync("/v1.1/Things", Thing);
        return (client, (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64());
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostCsvAsync(SensingClient client, string path, string csv)
    {
        using var content = new StringContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var (status, body, _) = await client.SendRawAsync(HttpMethod.Post, path, content);
        return (status, body);
    }

    [Fact]
    public async Task Import_Csv_StoresEveryRowWithItsType()
    {
        var (client, datastream) = await DatastreamAsync();
        using var owned = client;
        var csv = "phenomenonTime,result,resultTime\n2023-10-20T18:00:00Z,604,\n2023-10-20T19:00:00Z,651.5,2023-10-20T19:05:00Z\n\n2023-10-20T20:00:00Z,\"gestört, kein Wert\",\n";

        var (status, body) = await PostCsvAsync(client, $"/api/sensing/datastreams/{datastream}/observations/csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"imported\":3", body, StringComparison.Ordinal);
        var stored = await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$orderby=phenomenonTime");
        Assert.Equal(["604", "651.5", "\"gestört, kein Wert\""], stored.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("result").GetRawText()));
        Assert.Equal("2023-10-20T19:05:00Z", stored.GetProperty("value")[1].GetProperty("resultTime").GetString());
        Assert.Equal("2023-10-20T18:00:00Z/2023-10-20T20:00:00Z", (await client.GetAsync($"/v1.1/Datastreams({datastream})")).GetProperty("phenomenonTime").GetString());
    }

    [Theory]
    [InlineData("phenomenonTime,result\n2023-10-20T18:00:00Z,600\nkaputt,601\n", "line 3")]
    [InlineData("time,value\n2023-10-20T18:00:00Z,600\n", "header")]
    [InlineData("phenomenonTime,result\n2023-10-20T18:00:00Z,600,zu viel\n", "line 2")]
    [InlineData("", "empty")]
    public async Task Import_BadCsv_SaysWhereAndStoresNothing(string csv, string expected)
    {
        var (client, datastream) = await DatastreamAsync();
        using var owned = client;

        var (status, body) = await PostCsvAsync(client, $"/api/sensing/datastreams/{datastream}/observations/csv", csv);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$count=true")).GetProperty("@iot.count").GetInt32());
    }
}

public sealed class CsvImportTestsOnSqlite(SqliteApp app) : CsvImportTests(app), IClassFixture<SqliteApp>;

public sealed class CsvImportTestsOnPostgres(PostgresApp app) : CsvImportTests(app), IClassFixture<PostgresApp>;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

public abstract class ObservationAdminTests(SmartRegionApp app)
{
    private async Task<(SensingClient Writer, long Datastream)> ReadingsAsync()
    {
        var writer = await SensingClient.CreateAsync(app);
        var thing = await writer.PostAsync("/v1.1/Things", """
            {"name":"Badestelle Schilksee","description":"Wasserqualität",
             "Locations":[{"name":"Schilksee","description":"Strand","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.1682,54.4255]}}],
             "Datastreams":[{"name":"E. coli","description":"KBE/100 ml","observationType":"OM_Measurement","unitOfMeasurement":{"name":"KBE je 100 ml","symbol":"cfu/100ml","definition":"d"},
               "Sensor":{"name":"Labor","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"E. coli","definition":"d","description":"d"}}]}
            """);
        var datastream = (await writer.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        await writer.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{"Datastream":{"@iot.id":{{datastream}}},"components":["phenomenonTime","result"],"dataArray":[
              ["2019-07-01T08:00:00Z",15],["2019-07-15T08:00:00Z",420],["2024-07-01T08:00:00Z",30]]}]
            """);
        return (writer, datastream);
    }

    [Fact]
    public async Task DeleteByFilter_AdminDeletesOnlyWhatMatches()
    {
        var (writer, datastream) = await ReadingsAsync();
        using var owned = writer;
        using var admin = await SensingClient.CreateAsync(app, TokenScopes.SensingAdmin);

        var (status, body, _) = await admin.SendAsync(HttpMethod.Post, "/api/sensing/observations/delete", $$"""{"filter":"phenomenonTime lt 2020-01-01T00:00:00Z and result gt 100","datastream":{{datastream}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("deleted").GetInt64());
        var left = await writer.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$orderby=phenomenonTime");
        Assert.Equal(["15", "30"], left.GetProperty("value").EnumerateArray().Select(o => o.GetProperty("result").GetRawText()));
    }

    [Theory]
    [InlineData("""{"filter":""}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"filter":"colour eq 'red'"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"filter":"result gt"}""", HttpStatusCode.BadRequest)]
    public async Task DeleteByFilter_BadFilter_DeletesNothing(string json, HttpStatusCode expected)
    {
        var (writer, datastream) = await ReadingsAsync();
        using var owned = writer;
        using var admin = await SensingClient.CreateAsync(app, TokenScopes.SensingAdmin);

        var (status, _, _) = await admin.SendAsync(HttpMethod.Post, "/api/sensing/observations/delete", json);

        Assert.Equal(expected, status);
        Assert.Equal(3, (await writer.GetAsync($"/v1.1/Datastreams({datastream})/Observations?$count=true")).GetProperty("@iot.count").GetInt32());
    }

    [Fact]
    public async Task DeleteByFilter_WriteScopeIsNotEnough()
    {
        using var writer = await SensingClient.CreateAsync(app);

        var (status, _, _) = await writer.SendAsync(HttpMethod.Post, "/api/sensing/observations/delete", """{"filter":"result gt 0"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}

public sealed class ObservationAdminTestsOnSqlite(SqliteApp app) : ObservationAdminTests(app), IClassFixture<SqliteApp>;

public sealed class ObservationAdminTestsOnPostgres(PostgresApp app) : ObservationAdminTests(app), IClassFixture<PostgresApp>;

/// <summary>The app keeping Observations for one year only.</summary>
public sealed class OneYearApp() : SmartRegionApp(Engine.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Sensing:RetentionDays"] = "365" };
}

public sealed class RetentionTests(OneYearApp app) : IClassFixture<OneYearApp>
{
    [Fact]
    public async Task Retention_DeletesObservationsOlderThanTheConfiguredDays()
    {
        using var writer = await SensingClient.CreateAsync(app);
        var thing = await writer.PostAsync("/v1.1/Things", """
            {"name":"Zählstelle","description":"Radverkehr",
             "Locations":[{"name":"Kiellinie","description":"d","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.15,54.33]}}],
             "Datastreams":[{"name":"Räder","description":"je Stunde","observationType":"OM_CountObservation","unitOfMeasurement":{"name":"Anzahl","symbol":"1","definition":"d"},
               "Sensor":{"name":"Induktionsschleife","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Radverkehr","definition":"d","description":"d"}}]}
            """);
        var datastream = (await writer.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();
        var recent = DateTimeOffset.UtcNow.AddDays(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await writer.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{"Datastream":{"@iot.id":{{datastream}}},"components":["phenomenonTime","result"],"dataArray":[["2015-05-01T08:00:00Z",120],["{{recent}}",80]]}]
            """);

        var deleted = await app.Services.GetRequiredService<SmartRegion.Modules.Sensing.Storage.ObservationRetention>().RunOnceAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        var left = await writer.GetAsync($"/v1.1/Datastreams({datastream})/Observations");
        Assert.Equal("80", Assert.Single(left.GetProperty("value").EnumerateArray()).GetProperty("result").GetRawText());
    }
}

/// <summary>The app of an operator who closed reading to anonymous clients.</summary>
public sealed class ClosedReadingApp() : SmartRegionApp(Engine.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Sensing:ReadRequiresAuthentication"] = "true" };
}

public sealed class ClosedReadingTests(ClosedReadingApp app) : IClassFixture<ClosedReadingApp>
{
    [Theory]
    [InlineData("/v1.1")]
    [InlineData("/v1.1/Things")]
    [InlineData("/api/sensing/datastreams/1/aggregate?from=2023-10-01T00:00:00Z&to=2023-11-01T00:00:00Z")]
    public async Task Reading_WhenClosed_NeedsAToken(string path)
    {
        using var client = await SensingClient.CreateAsync(app);

        var (anonymous, _, _) = await client.SendAsync(HttpMethod.Get, path, authenticated: false);
        var (withToken, _, _) = await client.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.NotEqual(HttpStatusCode.Unauthorized, withToken);
    }
}

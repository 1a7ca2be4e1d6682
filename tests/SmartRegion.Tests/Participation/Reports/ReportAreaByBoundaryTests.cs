using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Modules.Region;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Reports;

/// <summary>
/// A report without a named area goes to the smallest area whose imported boundary holds its point. Kiel gets a
/// triangle (so its bounding box holds points the polygon does not), Gaarden-Ost a small square inside it.
/// </summary>
public abstract class ReportAreaByBoundaryTests(SmartRegionApp app)
{
    private const string Boundaries = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"slug":"kiel"},"geometry":{"type":"Polygon","coordinates":[[[10.05,54.25],[10.25,54.25],[10.05,54.42],[10.05,54.25]]]}},
          {"type":"Feature","properties":{"slug":"kiel-gaarden-ost"},"geometry":{"type":"Polygon","coordinates":[[[10.140,54.306],[10.154,54.306],[10.154,54.316],[10.140,54.316],[10.140,54.306]]]}}
        ]}
        """;

    private async Task ImportBoundariesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(Boundaries));
        var result = await scope.ServiceProvider.GetRequiredService<BoundaryImport>().ImportAsync(file, null, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    private async Task<int> RegionIdAsync() =>
        await app.QueryAsync(db => db.Set<Area>().Where(a => a.Kind == SmartRegion.Modules.Region.Queries.AreaKind.Region).Select(a => a.Id).SingleAsync());

    private async Task<int> AreaOfOpen311PostAsync(string lat, string lon, string? jurisdiction = null)
    {
        var token = await ReportKit.Open311TokenAsync(app);
        var fields = new Dictionary<string, string> { ["api_key"] = token, ["service_code"] = "broken-infrastructure", ["lat"] = lat, ["long"] = lon, ["description"] = "Laterne aus" };
        if (jurisdiction is not null)
        {
            fields["jurisdiction_id"] = jurisdiction;
        }

        using var session = app.NewSession();
        using var content = new FormUrlEncodedContent(fields);
        using var response = await session.Client.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var id = int.Parse(JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString()!, CultureInfo.InvariantCulture);
        return await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == id).Select(r => r.AreaId).SingleAsync());
    }

    [Fact]
    public async Task Open311Post_PointWithoutJurisdiction_BelongsToTheSmallestAreaWhoseBoundaryHoldsIt()
    {
        await ImportBoundariesAsync();

        var inGaarden = await AreaOfOpen311PostAsync("54.3114", "10.147");
        var inKielOnly = await AreaOfOpen311PostAsync("54.35", "10.10");
        var onGaardensEdge = await AreaOfOpen311PostAsync("54.306", "10.150");

        Assert.Equal(await app.AreaIdAsync("kiel-gaarden-ost"), inGaarden);
        Assert.Equal(await app.AreaIdAsync("kiel"), inKielOnly);
        Assert.Equal(await app.AreaIdAsync("kiel-gaarden-ost"), onGaardensEdge);
    }

    [Fact]
    public async Task Open311Post_PointInNoBoundary_BelongsToTheWholeRegion()
    {
        await ImportBoundariesAsync();

        // Inside Kiel's bounding box but outside its triangle, and far off in Laboe.
        var inTheBoxOnly = await AreaOfOpen311PostAsync("54.40", "10.22");
        var laboe = await AreaOfOpen311PostAsync("54.4412", "10.2305");

        Assert.Equal(await RegionIdAsync(), inTheBoxOnly);
        Assert.Equal(await RegionIdAsync(), laboe);
    }

    [Fact]
    public async Task Open311Post_JurisdictionGiven_WinsOverTheBoundary()
    {
        await ImportBoundariesAsync();

        var area = await AreaOfOpen311PostAsync("54.3114", "10.147", "ploen");

        Assert.Equal(await app.AreaIdAsync("ploen"), area);
    }

    [Fact]
    public async Task ReportForm_NoAreaChosen_TakesTheAreaFromThePoint()
    {
        await ImportBoundariesAsync();
        using var resident = await ReportKit.SignedInAsync(app, "resident");

        var gaarden = await FileWithoutAreaAsync(resident, "54,3114", "10,147");
        var laboe = await FileWithoutAreaAsync(resident, "54,4412", "10,2305");

        Assert.Equal(await app.AreaIdAsync("kiel-gaarden-ost"), await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == gaarden).Select(r => r.AreaId).SingleAsync()));
        Assert.Equal(await RegionIdAsync(), await app.QueryAsync(db => db.Set<ServiceRequest>().Where(r => r.Id == laboe).Select(r => r.AreaId).SingleAsync()));
    }

    private static async Task<int> FileWithoutAreaAsync(WebSession session, string lat, string lon)
    {
        using var response = await session.PostFormAsync("/participation/reports/new", ReportKit.Fields("broken-infrastructure", "", lat, lon, "Die Bank am Weg ist zerbrochen."));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString()["/participation/reports/".Length..].Split('?')[0], CultureInfo.InvariantCulture);
    }
}

public sealed class ReportAreaByBoundaryTestsOnSqlite(SqliteApp app) : ReportAreaByBoundaryTests(app), IClassFixture<SqliteApp>;

public sealed class ReportAreaByBoundaryTestsOnPostgres(PostgresApp app) : ReportAreaByBoundaryTests(app), IClassFixture<PostgresApp>;

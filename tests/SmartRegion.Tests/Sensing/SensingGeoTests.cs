using System.Net;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Sensing;

/// <summary>The geospatial functions of $filter answer alike on SQLite (NetTopologySuite) and PostgreSQL (PostGIS).</summary>
public abstract class SensingGeoTests(SmartRegionApp app)
{
    // Kiel's bounding box from the region facts, as a polygon.
    private const string Kiel = "geography'POLYGON((9.94689 54.19533, 10.30319 54.19533, 10.30319 54.48855, 9.94689 54.48855, 9.94689 54.19533))'";

    private async Task<(SensingClient Client, string Tag)> PlacesAsync()
    {
        var client = await SensingClient.CreateAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var (name, lon, lat) in new[] { ("Holtenau", 10.15705, 54.37209), ("Leuchtturm", 10.27327, 54.49959), ("Eckernförde", 9.8360, 54.4747) })
        {
            var point = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{lon},{lat}]");
            await client.PostAsync("/v1.1/Locations", $$$"""{"name":"{{{tag}}} {{{name}}}","description":"Pegel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":{{{point}}}}}""");
        }

        return (client, tag);
    }

    [Fact]
    public async Task StWithin_KielsBox_FindsOnlyTheGaugeInKiel()
    {
        var (client, tag) = await PlacesAsync();
        using var owned = client;

        var inside = await client.GetAsync($"/v1.1/Locations?$filter=st_within(location, {Kiel}) and startswith(name, '{tag}')");

        Assert.Equal($"{tag} Holtenau", Assert.Single(inside.GetProperty("value").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ObservedArea_IsTheBoundingBoxOfTheObservedFeatures_AndFilterable()
    {
        using var client = await SensingClient.CreateAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var thing = await client.PostAsync("/v1.1/Things", $$$"""
            {"name":"{{{tag}}} Forschungsschiff","description":"misst entlang der Fahrt",
             "Locations":[{"name":"Liegeplatz","description":"Kiel","encodingType":"application/geo+json","location":{"type":"Point","coordinates":[10.15,54.33]}}],
             "Datastreams":[{"name":"{{{tag}}} Salzgehalt","description":"PSU","observationType":"OM_Measurement","unitOfMeasurement":{"name":"PSU","symbol":"PSU","definition":"d"},
               "Sensor":{"name":"CTD","description":"d","encodingType":"text/html","metadata":"m"},"ObservedProperty":{"name":"Salzgehalt","definition":"d","description":"d"}}]}
            """);
        var datastream = (await client.GetAsync($"/v1.1/Things({thing})/Datastreams")).GetProperty("value")[0].GetProperty("@iot.id").GetInt64();

        // The first Observation takes its feature from the Thing's Location: the area is that point.
        await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", """{"phenomenonTime":"2025-05-01T08:00:00Z","result":15.2}""");
        var point = await client.GetAsync($"/v1.1/Datastreams({datastream})");
        Assert.Equal("""{"type":"Point","coordinates":[10.15,54.33]}""", point.GetProperty("observedArea").GetRawText());

        // Two more features out at sea (one through dataArray): the area becomes their common bounding box.
        await client.PostAsync($"/v1.1/Datastreams({datastream})/Observations", """
            {"phenomenonTime":"2025-05-01T10:00:00Z","result":17.9,
             "FeatureOfInterest":{"name":"Boknis Eck","description":"Station","encodingType":"application/geo+json","feature":{"type":"Point","coordinates":[10.04,54.53]}}}
            """);
        var feature = await client.PostAsync("/v1.1/FeaturesOfInterest", """{"name":"Leuchtturm Kiel","description":"d","encodingType":"application/geo+json","feature":{"type":"Point","coordinates":[10.27,54.5]}}""");
        var (status, _, _) = await client.SendAsync(HttpMethod.Post, "/v1.1/CreateObservations", $$"""
            [{"Datastream":{"@iot.id":{{datastream}}},"components":["phenomenonTime","result","FeatureOfInterest/id"],"dataArray":[["2025-05-01T12:00:00Z",18.1,{{feature}}]]}]
            """);
        Assert.Equal(HttpStatusCode.Created, status);

        var box = await client.GetAsync($"/v1.1/Datastreams({datastream})");
        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[10.04,54.33],[10.27,54.33],[10.27,54.53],[10.04,54.53],[10.04,54.33]]]}""",
            box.GetProperty("observedArea").GetRawText());
        var found = await client.GetAsync($"/v1.1/Datastreams?$filter=st_intersects(observedArea, geography'POINT(10.2 54.45)') and startswith(name, '{tag}')");
        Assert.Single(found.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task StIntersectsAndDisjoint_AreComplements()
    {
        var (client, tag) = await PlacesAsync();
        using var owned = client;

        var intersecting = await client.GetAsync($"/v1.1/Locations?$filter=geo.intersects(location, {Kiel}) and startswith(name, '{tag}')");
        var disjoint = await client.GetAsync($"/v1.1/Locations?$filter=st_disjoint({Kiel}, location) and startswith(name, '{tag}')");

        Assert.Equal(1, intersecting.GetProperty("value").GetArrayLength());
        Assert.Equal(2, disjoint.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task GeoDistance_OrdersAndFiltersByDistanceInDegrees()
    {
        var (client, tag) = await PlacesAsync();
        using var owned = client;

        var near = await client.GetAsync($"/v1.1/Locations?$filter=geo.distance(location, geography'POINT(10.16 54.37)') lt 0.2 and startswith(name, '{tag}')&$orderby=geo.distance(location, geography'POINT(10.16 54.37)')");

        Assert.Equal([$"{tag} Holtenau", $"{tag} Leuchtturm"], near.GetProperty("value").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("st_within(name, geography'POINT(1 2)')")]
    [InlineData("st_within(location, 'POINT(1 2)')")]
    [InlineData("location eq geography'POINT(1 2)'")]
    [InlineData("st_within(location, geography'POLYGON((1 2, 3 4')")]
    public async Task Spatial_WrongArguments_Are400(string filter)
    {
        using var client = await SensingClient.CreateAsync(app);

        var (status, _, _) = await client.SendAsync(HttpMethod.Get, "/v1.1/Locations?$filter=" + Uri.EscapeDataString(filter));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}

public sealed class SensingGeoTestsOnSqlite(SqliteApp app) : SensingGeoTests(app), IClassFixture<SqliteApp>;

public sealed class SensingGeoTestsOnPostgres(PostgresApp app) : SensingGeoTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Region;

public abstract class AreasApiTests(SmartRegionApp app)
{
    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var session = app.NewSession();
        return JsonDocument.Parse(await session.GetHtmlAsync(path));
    }

    [Fact]
    public async Task Areas_Seeded_HoldTheRegionItsDistrictsTownsAndKielsThirtyNeighbourhoods()
    {
        using var all = await GetJsonAsync("/api/areas");
        var areas = all.RootElement.EnumerateArray().ToList();

        Assert.Equal(49, areas.Count);
        var bySlug = areas.ToDictionary(a => a.GetProperty("slug").GetString()!);
        Assert.Null(bySlug["kielregion"].GetProperty("parent").GetString());
        Assert.Equal("01002000", bySlug["kiel"].GetProperty("ags").GetString());
        Assert.Equal("010020000000", bySlug["kiel"].GetProperty("ars").GetString());
        Assert.Equal("IndependentCity", bySlug["kiel"].GetProperty("kind").GetString());
        Assert.Equal("01058", bySlug["rendsburg-eckernfoerde"].GetProperty("ags").GetString());
        Assert.Equal("01057", bySlug["ploen"].GetProperty("ags").GetString());
        Assert.Equal("ploen", bySlug["preetz"].GetProperty("parent").GetString());
        Assert.Equal("Gaarden-Süd und Kronsburg", bySlug["kiel-gaarden-sued-und-kronsburg"].GetProperty("name").GetString());
        var gaarden = bySlug["kiel-gaarden-ost"].GetProperty("point");
        Assert.Equal(54.3114, gaarden.GetProperty("lat").GetDouble(), 4);
        Assert.Equal(10.147, gaarden.GetProperty("lon").GetDouble(), 4);

        using var neighbourhoods = await GetJsonAsync("/api/areas?kind=Neighbourhood&parent=kiel");
        Assert.Equal(30, neighbourhoods.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Areas_AsGeoJson_AreAFeatureCollectionWithPointsWhereNoBoundaryExists()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/api/areas?format=geojson&kind=District");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", collection.RootElement.GetProperty("type").GetString());
        var features = collection.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        Assert.All(features, f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
        var ploen = features.Single(f => f.GetProperty("id").GetString() == "ploen");
        Assert.Equal(10.3667, ploen.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 4);
        Assert.Equal("Kreis Plön", ploen.GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Fields_Seeded_AreSixInnovationAndThreeActionFieldsInBothLanguages()
    {
        using var fields = await GetJsonAsync("/api/fields");
        var list = fields.RootElement.EnumerateArray().ToList();

        Assert.Equal(6, list.Count(f => f.GetProperty("kind").GetString() == "Innovation"));
        Assert.Equal(3, list.Count(f => f.GetProperty("kind").GetString() == "Action"));
        Assert.Contains(list, f => f.GetProperty("nameDe").GetString() == "Küsten- und Meeresschutz" && f.GetProperty("nameEn").GetString() == "Coastal and marine protection");
    }

    [Theory]
    [InlineData("/api/areas?kind=Planet", HttpStatusCode.BadRequest, "kind")]
    [InlineData("/api/areas?kind=1", HttpStatusCode.BadRequest, "kind")]
    [InlineData("/api/areas?parent=atlantis", HttpStatusCode.BadRequest, "parent")]
    [InlineData("/api/areas?format=kml", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/areas/atlantis", HttpStatusCode.NotFound, "atlantis")]
    public async Task Areas_BadQuery_IsProblemDetailsNamingTheProblem(string path, HttpStatusCode status, string named)
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(named, body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_RunAgainOnTheSameDatabase_AddsNothing()
    {
        await using var second = new SecondStart(app);
        using var client = second.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/areas", UriKind.Relative));
        using var areas = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(49, areas.RootElement.GetArrayLength());
        Assert.Equal(9, await app.QueryAsync(db => Task.FromResult(db.Set<SmartRegion.Modules.Region.Field>().Count())));
    }

    /// <summary>A second start of the app on the first one's database.</summary>
    private sealed class SecondStart(SmartRegionApp first) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", first.Engine.ToString());
            builder.UseSetting("Database:ConnectionString", first.Database.ConnectionString);
        }
    }
}

public sealed class AreasApiTestsOnSqlite(SqliteApp app) : AreasApiTests(app), IClassFixture<SqliteApp>;

public sealed class AreasApiTestsOnPostgres(PostgresApp app) : AreasApiTests(app), IClassFixture<PostgresApp>;

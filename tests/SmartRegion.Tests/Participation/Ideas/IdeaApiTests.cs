using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

public abstract class IdeaApiTests(SmartRegionApp app)
{
    [Fact]
    public async Task Create_SignedIn_Returns201AndTheIdea()
    {
        using var session = await SignedInAsync(app, "api-person");
        var area = await app.AreaIdAsync("preetz");

        using var response = await session.Client.PostAsJsonAsync("/api/participation/ideas", new
        {
            title = "Fahrradbügel am Bahnhof Preetz",
            body = "Am Bahnhof gibt es zu wenige sichere Abstellplätze.",
            fieldKey = "mobilitaet-infrastruktur",
            areaId = area,
            language = "de",
            latitude = 54.2350,
            longitude = 10.2770,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var idea = await response.Content.ReadFromJsonAsync<IdeaDto>();
        Assert.Equal("Fahrradbügel am Bahnhof Preetz", idea!.Title);
        Assert.Equal("preetz", idea.AreaSlug);
        Assert.Equal("Received", idea.Status);
        Assert.False(idea.AuthorDeleted);
        Assert.Equal($"/api/participation/ideas/{idea.Id}", response.Headers.Location?.ToString());
        var fetched = await session.Client.GetFromJsonAsync<IdeaDto>($"/api/participation/ideas/{idea.Id}");
        Assert.Equal("ltr", fetched!.Direction);
    }

    [Fact]
    public async Task Create_Anonymous_Gets401AndStoresNothing()
    {
        using var session = app.NewSession();

        using var response = await session.Client.PostAsJsonAsync("/api/participation/ideas", new { title = "Anonyme Idee per API", body = "Text ohne Konto dahinter.", fieldKey = "energie", areaId = await app.AreaIdAsync("kiel"), language = "de" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<Idea>().AnyAsync(i => i.Title == "Anonyme Idee per API")));
    }

    [Fact]
    public async Task Create_Invalid_Gets400WithAMessagePerField()
    {
        using var session = await SignedInAsync(app, "api-fehler");

        using var response = await session.Client.PostAsJsonAsync("/api/participation/ideas?culture=en", new { title = "x", language = "xx", latitude = 60.0, longitude = 10.0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["areaId", "body", "fieldKey", "language", "latitude", "title"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("not in the KielRegion", problem.Errors["latitude"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownIdea_Gets404Problem()
    {
        using var session = app.NewSession();

        using var response = await session.GetAsync("/api/participation/ideas/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_ListsTheIdeasEndpoints()
    {
        using var session = app.NewSession();

        var document = await session.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/participation/ideas/{id}/support", document, StringComparison.Ordinal);
        Assert.Contains("/api/participation/ideas/map", document, StringComparison.Ordinal);
        Assert.Contains("\"Participation\"", document, StringComparison.Ordinal);
    }

    private sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}

public sealed class IdeaApiTestsOnSqlite(SqliteApp app) : IdeaApiTests(app), IClassFixture<SqliteApp>;

public sealed class IdeaApiTestsOnPostgres(PostgresApp app) : IdeaApiTests(app), IClassFixture<PostgresApp>;

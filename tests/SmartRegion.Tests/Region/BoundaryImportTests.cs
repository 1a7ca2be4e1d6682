using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Region;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Region;

public abstract class BoundaryImportTests(SmartRegionApp app)
{
    private const string Square = "[[[10.27,54.22],[10.30,54.22],[10.30,54.25],[10.27,54.25],[10.27,54.22]]]";

    private static string Feature(string property, string key, string coordinates = Square, string type = "Polygon") =>
        "{\"type\":\"Feature\",\"properties\":{\"" + property + "\":\"" + key + "\"},\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}";

    private static string Collection(params string[] features) => "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(',', features) + "]}";

    private static string Polygon(string coordinates = Square) => "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (_, token) = await scope.ServiceProvider.GetRequiredService<MachineTokenService>()
            .CreateAsync("boundaries", [TokenScopes.PlatformAdmin], CancellationToken.None);
        using var session = app.NewSession();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/geo+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await session.Client.SendAsync(request);
    }

    private Task<Area> AreaAsync(string slug) => app.QueryAsync(db => db.Set<Area>().AsNoTracking().SingleAsync(a => a.Slug == slug));

    [Fact]
    public async Task Import_FeatureCollectionMatchedByAgsAndSlug_StoresBoundariesAndBoundingBoxes()
    {
        var body = Collection(
            Feature("ags", "01057062"),
            Feature("slug", "laboe", "[[[[10.20,54.39],[10.24,54.39],[10.24,54.42],[10.20,54.42],[10.20,54.39]]]]", "MultiPolygon"));

        using var response = await SendAsync(HttpMethod.Post, "/api/areas/boundaries", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preetz = await AreaAsync("preetz");
        Assert.Equal(10.27, preetz.MinLongitude);
        Assert.Equal(54.25, preetz.MaxLatitude);
        Assert.Contains("\"Polygon\"", preetz.BoundaryGeoJson, StringComparison.Ordinal);
        Assert.Contains("\"MultiPolygon\"", (await AreaAsync("laboe")).BoundaryGeoJson, StringComparison.Ordinal);

        using var session = app.NewSession();
        using var feature = JsonDocument.Parse(await session.GetHtmlAsync("/api/areas/preetz?format=geojson"));
        Assert.Equal("Polygon", feature.RootElement.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(4, feature.RootElement.GetProperty("bbox").GetArrayLength());
    }

    [Theory]
    [InlineData("[[[10.0,54.0],[10.1,54.0],[10.1,54.1],[10.0,54.1]]]", "not closed")]
    [InlineData("[[[10.0,54.0],[10.1,54.0],[10.0,54.0]]]", "at least four positions")]
    [InlineData("[[[10.0,54.0],[200.0,54.0],[10.1,54.1],[10.0,54.0]]]", "outside longitude")]
    [InlineData("[[[10.0,\"54\"],[10.1,54.0],[10.1,54.1],[10.0,54.0]]]", "in numbers")]
    public async Task Import_OneBadFeature_ImportsNothingAndSaysWhere(string badCoordinates, string expected)
    {
        var body = Collection(Feature("slug", "heikendorf"), Feature("slug", "moenkeberg", badCoordinates));

        using var response = await SendAsync(HttpMethod.Post, "/api/areas/boundaries", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("features[1].geometry.coordinates", StringComparison.Ordinal) && e.Contains(expected, StringComparison.Ordinal));
        Assert.Null((await AreaAsync("heikendorf")).BoundaryGeoJson);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[10,54]}", "FeatureCollection, Feature, Polygon or MultiPolygon")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[]}", "non-empty")]
    public async Task Import_NotABoundaryDocument_Is400(string body, string expected)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/areas/boundaries", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownKey_NamesIt()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/areas/boundaries", Collection(Feature("ags", "09999999")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("09999999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutBoundary_SinglePolygon_ReplacesThatAreasBoundary()
    {
        using var response = await SendAsync(HttpMethod.Put, "/api/areas/schoenkirchen/boundary", Polygon());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AreaAsync("schoenkirchen")).BoundaryGeoJson);
    }

    [Fact]
    public async Task PutBoundary_UnknownArea_Is404()
    {
        using var response = await SendAsync(HttpMethod.Put, "/api/areas/atlantis/boundary", Polygon());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdminPage_UploadFile_ImportsOrShowsErrorsNextToTheField()
    {
        await app.CreatePersonAsync("boundary-admin@example.org", "a long enough password", (Roles.Admin, null));
        using var session = app.NewSession();
        await session.SignInAsync("boundary-admin@example.org", "a long enough password");

        async Task<string> UploadAsync(string geoJson, string target)
        {
            var token = WebSession.AntiforgeryToken(await session.GetHtmlAsync("/admin/boundaries"));
            using var form = new MultipartFormDataContent();
            using var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(geoJson));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
            form.Add(file, "Upload", "grenze.geojson");
            form.Add(new StringContent(target), "TargetSlug");
            form.Add(new StringContent(token), "__RequestVerificationToken");
            using var response = await session.Client.PostAsync(new Uri("/admin/boundaries", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var bad = await UploadAsync("{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4]]]}", "gettorf");
        Assert.Contains("Die Datei wurde nicht übernommen", bad, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Upload-hint Upload-error\"", bad, StringComparison.Ordinal);
        Assert.Null((await AreaAsync("gettorf")).BoundaryGeoJson);

        var good = await UploadAsync(Polygon(), "gettorf");
        Assert.Contains("1 Grenzen übernommen", good, StringComparison.Ordinal);
        Assert.NotNull((await AreaAsync("gettorf")).BoundaryGeoJson);
    }
}

public sealed class BoundaryImportTestsOnSqlite(SqliteApp app) : BoundaryImportTests(app), IClassFixture<SqliteApp>;

public sealed class BoundaryImportTestsOnPostgres(PostgresApp app) : BoundaryImportTests(app), IClassFixture<PostgresApp>;

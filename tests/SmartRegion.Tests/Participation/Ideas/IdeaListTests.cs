using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

public abstract class IdeaListTests(SmartRegionApp app)
{
    [Fact]
    public async Task List_AreaFilter_IncludesAreasBelowAndNotOthers()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await IdeaAsync(app, "kiel-gaarden-ost", $"Gaarden {marker}");
        await IdeaAsync(app, "kiel", $"Kiel {marker}");
        await IdeaAsync(app, "preetz", $"Preetz {marker}");
        using var session = app.NewSession();

        var html = await session.GetHtmlAsync($"/participation/ideas?area=kiel&q={marker}");

        Assert.Contains($"Gaarden {marker}", html, StringComparison.Ordinal);
        Assert.Contains($"Kiel {marker}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Preetz {marker}", html, StringComparison.Ordinal);
        var list = await session.Client.GetFromJsonAsync<IdeaListDto>($"/api/participation/ideas?area=ploen&q={marker}");
        Assert.Equal($"Preetz {marker}", Assert.Single(list!.Items).Title);
    }

    [Fact]
    public async Task List_StatusFieldAndSearch_FilterAndSortBySupports()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await IdeaAsync(app, "kiel", $"Wenig {marker}", i => (i.SupportCount, i.Status) = (1, IdeaStatus.Accepted));
        await IdeaAsync(app, "kiel", $"Viel {marker}", i => (i.SupportCount, i.Status) = (9, IdeaStatus.Accepted));
        await IdeaAsync(app, "kiel", $"Abgelehnt {marker}", i => (i.SupportCount, i.Status) = (50, IdeaStatus.Rejected));
        await IdeaAsync(app, "kiel", $"Anderes Feld {marker}", i => (i.FieldKey, i.Status) = ("energie", IdeaStatus.Accepted));
        using var session = app.NewSession();

        var list = await session.Client.GetFromJsonAsync<IdeaListDto>(
            $"/api/participation/ideas?q={marker.ToUpperInvariant()}&status=Accepted&field=bauen-wohnen-lebensraum&sort=MostSupported");

        Assert.Equal([$"Viel {marker}", $"Wenig {marker}"], list!.Items.Select(i => i.Title));
        var html = await session.GetHtmlAsync($"/participation/ideas?q={marker}&status=Accepted&sort=MostSupported");
        Assert.True(html.IndexOf($"Viel {marker}", StringComparison.Ordinal) < html.IndexOf($"Wenig {marker}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_ManyIdeas_ArePaged()
    {
        var areaSlug = "kiel-schilksee";
        for (var i = 0; i < 25; i++)
        {
            await IdeaAsync(app, areaSlug, $"Schilksee Idee {i:00}");
        }

        using var session = app.NewSession();
        var second = await session.GetHtmlAsync($"/participation/ideas?area={areaSlug}&page=2");

        Assert.Contains("Seite 2 von 2", second, StringComparison.Ordinal);
        Assert.Contains("Schilksee Idee 00", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Schilksee Idee 24", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MoreIdeasThanCounted_SaysMoreThanAndCountsExactlyFurtherOn()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var areaId = await app.AreaIdAsync("kiel-wik");
        var many = IdeaFinder.CountAhead + 25;
        await app.QueryAsync(async db =>
        {
            db.AddRange(Enumerable.Range(0, many).Select(i => new Idea
            {
                AreaId = areaId,
                FieldKey = "mobilitaet",
                Title = $"Wik {marker} {i:0000}",
                Body = "Mehr Fahrradbügel.",
                Language = "de",
                CreatedAt = DateTime.UtcNow,
            }));
            return await db.SaveChangesAsync();
        });
        using var session = app.NewSession();

        var first = await session.GetHtmlAsync($"/participation/ideas?q={marker}");
        var firstApi = await session.Client.GetFromJsonAsync<IdeaListDto>($"/api/participation/ideas?q={marker}");
        var deep = await session.GetHtmlAsync($"/participation/ideas?q={marker}&page=51");

        Assert.Contains("Mehr als 1.000 Ideen", first, StringComparison.Ordinal);
        Assert.Contains("Seite 1 von mehr als 50", first, StringComparison.Ordinal);
        Assert.True(firstApi!.TotalIsLowerBound);
        Assert.Equal(IdeaFinder.CountAhead, firstApi.Total);
        Assert.Contains($"{many} Ideen", deep, StringComparison.Ordinal);
        Assert.Contains("Seite 51 von 52", deep, StringComparison.Ordinal);
        Assert.Contains($"Wik {marker} 0024", deep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenIdea_ShowsANoticeButNeverItsTextOrPhotos()
    {
        var id = await IdeaAsync(app, "kiel", "Geheimer Titel der Idee", i => i.Body = "Geheimer Text der Idee");
        var photo = await app.QueryAsync(async db =>
        {
            var image = new SmartRegion.Modules.Participation.Common.StoredImage
            {
                Id = Guid.NewGuid(),
                OwnerKind = "idea",
                OwnerId = id,
                ContentType = "image/png",
                Bytes = [1, 2, 3],
                Width = 1,
                Height = 1,
                CreatedAt = DateTime.UtcNow,
            };
            db.Add(image);
            await db.SaveChangesAsync();
            return image.Id;
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var moderation = scope.ServiceProvider.GetServices<IModeratedContent>().Single(m => m.Kind == "idea");
            await moderation.HideAsync(id, "Werbung", DateTime.UtcNow, CancellationToken.None);
            Assert.True((await moderation.FindAsync(id, CancellationToken.None))!.IsHidden);
        }

        using var session = app.NewSession();
        var page = await session.GetHtmlAsync($"/participation/ideas/{id}");
        var list = await session.GetHtmlAsync("/participation/ideas?area=kiel");
        var api = await session.Client.GetStringAsync(new Uri($"/api/participation/ideas/{id}", UriKind.Relative));
        using var image = await session.GetAsync($"/participation/images/{photo}");

        Assert.Contains("von der Moderation ausgeblendet", page, StringComparison.Ordinal);
        Assert.Contains("Werbung", page, StringComparison.Ordinal);
        Assert.Contains("Ausgeblendeter Beitrag", list, StringComparison.Ordinal);
        foreach (var text in new[] { page, list, api })
        {
            Assert.DoesNotContain("Geheimer", text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IModeratedContent>().Single(m => m.Kind == "idea").RestoreAsync(id, CancellationToken.None);
        }

        Assert.Contains("Geheimer Text der Idee", await session.GetHtmlAsync($"/participation/ideas/{id}"), StringComparison.Ordinal);
        using var restored = await session.GetAsync($"/participation/images/{photo}");
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Fact]
    public async Task IdeaPage_DeletedAuthor_ShowsDeletedAccount()
    {
        var id = await IdeaAsync(app, "kiel");
        using var session = app.NewSession();

        Assert.Contains("gelöschtes Konto", await session.GetHtmlAsync($"/participation/ideas/{id}"), StringComparison.Ordinal);
        Assert.Contains("deleted account", await session.GetHtmlAsync($"/participation/ideas/{id}?culture=en"), StringComparison.Ordinal);
        await session.GetHtmlAsync("/participation/ideas/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MapApi_ClustersAtLowZoomAndSinglePointsAtHighZoom()
    {
        var areaSlug = "kiel-pries";
        for (var i = 0; i < 12; i++)
        {
            var offset = i * 0.0001;
            await IdeaAsync(app, areaSlug, $"Pries {i}", idea => (idea.Latitude, idea.Longitude) = (54.4200 + offset, 10.1600 + offset));
        }

        await IdeaAsync(app, areaSlug, "Pries ohne Ort");
        using var session = app.NewSession();

        using var low = JsonDocument.Parse(await session.Client.GetStringAsync(new Uri($"/api/participation/ideas/map?bbox=9.4,54.0,10.8,54.7&zoom=9&area={areaSlug}", UriKind.Relative)));
        var cluster = Assert.Single(low.RootElement.GetProperty("features").EnumerateArray());
        Assert.True(cluster.GetProperty("properties").GetProperty("cluster").GetBoolean());
        Assert.Equal(12, cluster.GetProperty("properties").GetProperty("count").GetInt32());

        using var high = JsonDocument.Parse(await session.Client.GetStringAsync(new Uri($"/api/participation/ideas/map?bbox=10.15,54.41,10.17,54.43&zoom=17&area={areaSlug}", UriKind.Relative)));
        var points = high.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(12, points.Count);
        Assert.All(points, p => Assert.StartsWith("/participation/ideas/", p.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal));

        using var outside = JsonDocument.Parse(await session.Client.GetStringAsync(new Uri($"/api/participation/ideas/map?bbox=9.5,54.0,9.6,54.1&zoom=12&area={areaSlug}", UriKind.Relative)));
        Assert.Empty(outside.RootElement.GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData("bbox=1,2,3&zoom=5")]
    [InlineData("bbox=10,54,9,55&zoom=5")]
    [InlineData("bbox=9,54,10,55&zoom=40")]
    public async Task MapApi_BadQuery_Gets400Problem(string query)
    {
        using var session = app.NewSession();

        using var response = await session.GetAsync($"/api/participation/ideas/map?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MapPage_LinksTheSameIdeasAsAList()
    {
        using var session = app.NewSession();

        var html = await session.GetHtmlAsync("/participation/ideas/map?area=kiel&status=Accepted");

        Assert.Contains("href=\"/participation/ideas?area=kiel&amp;status=Accepted\"", html, StringComparison.Ordinal);
        Assert.Contains("data-source=\"/api/participation/ideas/map?area=kiel&amp;status=Accepted\"", html, StringComparison.Ordinal);
    }
}

public sealed class IdeaListTestsOnSqlite(SqliteApp app) : IdeaListTests(app), IClassFixture<SqliteApp>;

public sealed class IdeaListTestsOnPostgres(PostgresApp app) : IdeaListTests(app), IClassFixture<PostgresApp>;

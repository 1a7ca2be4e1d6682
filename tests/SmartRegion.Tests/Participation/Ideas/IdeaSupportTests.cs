using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

public abstract class IdeaSupportTests(SmartRegionApp app)
{
    private Task<(int Count, int Rows)> CountsAsync(int id) => app.QueryAsync(async db =>
        (await db.Set<Idea>().Where(i => i.Id == id).Select(i => i.SupportCount).SingleAsync(),
         await db.Set<Support>().CountAsync(s => s.IdeaId == id)));

    [Fact]
    public async Task Support_TwentyParallelRequestsOfOneAccount_CountOnce()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var session = await SignedInAsync(app, "eilig");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            session.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((1, 1), await CountsAsync(id));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Support_TwentyAccountsInParallel_CountTwenty()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        var sessions = new List<WebSession>();
        for (var i = 0; i < 20; i++)
        {
            sessions.Add(await SignedInAsync(app, $"viele{i}"));
        }

        var responses = await Task.WhenAll(sessions.Select(s =>
            s.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((20, 20), await CountsAsync(id));
        var last = await responses[^1].Content.ReadFromJsonAsync<SupportDto>();
        Assert.True(last!.Supported);
        foreach (var disposable in responses.Cast<IDisposable>().Concat(sessions))
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task Withdraw_TwiceInParallel_LowersTheCountOnce()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var first = await SignedInAsync(app, "erste");
        using var second = await SignedInAsync(app, "zweite");
        (await first.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null)).Dispose();
        (await second.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null)).Dispose();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            first.Client.DeleteAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal((1, 1), await CountsAsync(id));
    }

    [Fact]
    public async Task SupportButton_OnThePage_SupportsAndWithdraws()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var session = await SignedInAsync(app, "knopf");

        using var supported = await session.PostFormAsync($"/participation/ideas/{id}", [], $"/participation/ideas/{id}?handler=Support");
        Assert.Equal(HttpStatusCode.Redirect, supported.StatusCode);
        var html = await session.GetHtmlAsync($"/participation/ideas/{id}");
        Assert.Contains("1 Unterstützungen", html, StringComparison.Ordinal);
        Assert.Contains("Unterstützung zurücknehmen", html, StringComparison.Ordinal);

        using var withdrawn = await session.PostFormAsync($"/participation/ideas/{id}", [], $"/participation/ideas/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal((0, 0), await CountsAsync(id));
    }

    [Fact]
    public async Task SupportButton_HoneypotFilled_CountsNothing()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var session = await SignedInAsync(app, "honig");

        using var response = await session.PostFormAsync($"/participation/ideas/{id}", [new("homepage", "x")], $"/participation/ideas/{id}?handler=Support");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((0, 0), await CountsAsync(id));
    }

    [Fact]
    public async Task Support_ProcessPhaseWithoutSupports_IsRefused()
    {
        var (processId, _) = await ProcessAsync(app, "kiel-gaarden-ost", ideasOpen: true, supportsOpen: false);
        var id = await IdeaAsync(app, "kiel-gaarden-ost", change: i => i.ProcessId = processId);
        using var session = await SignedInAsync(app, "zu-frueh");

        using var response = await session.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal((0, 0), await CountsAsync(id));
        Assert.Contains("kann gerade nicht unterstützt werden", await session.GetHtmlAsync($"/participation/ideas/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Support_ProcessPhaseWithSupports_IsCounted()
    {
        var (processId, _) = await ProcessAsync(app, "kiel-gaarden-ost", ideasOpen: false, supportsOpen: true);
        var id = await IdeaAsync(app, "kiel-gaarden-ost", change: i => i.ProcessId = processId);
        using var session = await SignedInAsync(app, "rechtzeitig");

        using var response = await session.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1), await CountsAsync(id));
    }

    [Fact]
    public async Task Support_Anonymous_Gets401()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var session = app.NewSession();

        using var response = await session.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class IdeaSupportTestsOnSqlite(SqliteApp app) : IdeaSupportTests(app), IClassFixture<SqliteApp>;

public sealed class IdeaSupportTestsOnPostgres(PostgresApp app) : IdeaSupportTests(app), IClassFixture<PostgresApp>;

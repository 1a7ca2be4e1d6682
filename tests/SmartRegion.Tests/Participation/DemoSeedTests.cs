using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Platform.Database;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

/// <summary>The app as a fresh installation starts it: with the demo content on.</summary>
public sealed class DemoSqliteApp() : SmartRegionApp(Engine.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
}

public sealed class DemoPostgresApp() : SmartRegionApp(Engine.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
}

public abstract class DemoSeedTests(SmartRegionApp app)
{
    [Fact]
    public async Task DemoProcess_IsInItsContributionPhase_WithSurveyAndIdeas()
    {
        using var session = app.NewSession();

        var html = await session.GetHtmlAsync($"/participation/processes/{ParticipationDemoSeed.ProcessSlug}");

        Assert.Contains("Smart Gaarden: Unser Vinetaplatz", html, StringComparison.Ordinal);
        Assert.Contains("Ideen und Umfrage", html, StringComparison.Ordinal);
        var process = await app.QueryAsync(db => db.Set<Process>().SingleAsync(p => p.Slug == ParticipationDemoSeed.ProcessSlug));
        var survey = await app.QueryAsync(db => db.Set<Survey>().SingleAsync(s => s.ProcessId == process.Id));
        Assert.Contains("Wie soll der Vinetaplatz werden?", await session.GetHtmlAsync($"/participation/surveys/{survey.Id}"), StringComparison.Ordinal);
        Assert.Equal(5, await app.QueryAsync(db => db.Set<Idea>().CountAsync(i => i.ProcessId == process.Id)));
    }

    [Fact]
    public async Task DemoIdea_ShowsTheMeasureThatCameFromIt_AndTheMeasureShowsTheIdea()
    {
        using var session = app.NewSession();
        var idea = await app.QueryAsync(db => db.Set<Idea>().SingleAsync(i => i.Title == "Digitaler Infobildschirm am Vinetaplatz"));
        var measure = await app.QueryAsync(db => db.Set<Measure>().SingleAsync(m => m.TitleDe == "Gaardener Fenster"));

        var ideaHtml = await session.GetHtmlAsync($"/participation/ideas/{idea.Id}");
        var measureHtml = await session.GetHtmlAsync($"/participation/measures/{measure.Id}");

        Assert.Contains($"/participation/measures/{measure.Id}", ideaHtml, StringComparison.Ordinal);
        Assert.Contains($"/participation/ideas/{idea.Id}", measureHtml, StringComparison.Ordinal);
        Assert.Contains("Der Bildschirm läuft", measureHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoEvents_AreUpcomingInGaarden_AndInItsCalendarFeed()
    {
        using var session = app.NewSession();

        var list = await session.GetHtmlAsync("/participation/events?area=kiel-gaarden-ost");
        using var feed = await session.GetAsync("/participation/events/calendar/kiel-gaarden-ost.ics");
        var calendar = await feed.Content.ReadAsStringAsync();

        Assert.Contains("Digital-Café für Eltern", list, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(4, calendar.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public async Task DemoSeed_RunAgain_AddsNothing()
    {
        var before = await app.QueryAsync(db => db.Set<Idea>().CountAsync());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DatabaseStartup.PrepareAsync(scope.ServiceProvider, seedDemo: true, CancellationToken.None);
        }

        Assert.Equal(before, await app.QueryAsync(db => db.Set<Idea>().CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<Process>().CountAsync(p => p.Slug == ParticipationDemoSeed.ProcessSlug)));
    }
}

public sealed class DemoSeedTestsOnSqlite(DemoSqliteApp app) : DemoSeedTests(app), IClassFixture<DemoSqliteApp>;

public sealed class DemoSeedTestsOnPostgres(DemoPostgresApp app) : DemoSeedTests(app), IClassFixture<DemoPostgresApp>;

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Projects.Makers;
using SmartRegion.Platform.Database;
using SmartRegion.Tests.Infrastructure;
using SmartRegion.Tests.Participation;
using SmartRegion.Tests.Participation.Ideas;

namespace SmartRegion.Tests.Projects;

public abstract class MakersRateLimitTests(SmartRegionApp app)
{
    [Fact]
    public async Task MakerWrites_OverTheLimit_Get429_ButReadingStaysOpen()
    {
        var (maker, _) = await new MakersTestKit(app).MakerAsync();
        using (maker)
        {
            var body = new { kind = "Person", displayName = "Vielschreiberin", description = "x", fields = new List<string> { "energie" }, area = "kiel" };
            using var first = await maker.Client.PutAsJsonAsync(new Uri("/api/projects/makers/me", UriKind.Relative), body);
            using var second = await maker.Client.PutAsJsonAsync(new Uri("/api/projects/makers/me", UriKind.Relative), body);
            using var third = await maker.PostFormAsync("/account/maker/profile", ("Input.Kind", "Person"), ("Input.DisplayName", "Dritte"));

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            await maker.GetHtmlAsync("/projects/makers");
        }
    }
}

public sealed class MakersRateLimitTestsOnSqlite(IdeaLowLimitsSqliteApp app) : MakersRateLimitTests(app), IClassFixture<IdeaLowLimitsSqliteApp>;

public sealed class MakersRateLimitTestsOnPostgres(IdeaLowLimitsPostgresApp app) : MakersRateLimitTests(app), IClassFixture<IdeaLowLimitsPostgresApp>;

public abstract class MakersDemoSeedTests(SmartRegionApp app)
{
    [Fact]
    public async Task DemoMakers_AreInTheDirectory_WithPortfolios()
    {
        using var session = app.NewSession();

        var makers = await session.GetHtmlAsync("/projects/makers?area=ploen");
        var coast = await session.GetHtmlAsync($"/projects/makers/{MakersDemoSeed.CoastSlug}");
        var mobility = await MakersTestKit.JsonAsync(session, $"/api/projects/makers/{MakersDemoSeed.MobilitySlug}");

        Assert.Contains("Küstenlabor Probstei e. V. (Demo)", makers, StringComparison.Ordinal);
        Assert.DoesNotContain("Mara Beispiel", makers, StringComparison.Ordinal);
        Assert.Contains("Offene Wassertemperatur Laboe (Demo)", coast, StringComparison.Ordinal);
        Assert.Equal(2, mobility.GetProperty("projects").GetArrayLength());
        Assert.Equal(1, await app.QueryAsync(db => db.Set<SupportRequest>().CountAsync()));
    }

    [Fact]
    public async Task DemoMakers_SeedRunAgain_AddsNothing()
    {
        var before = await app.QueryAsync(db => db.Set<MakerProject>().CountAsync());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DatabaseStartup.PrepareAsync(scope.ServiceProvider, seedDemo: true, CancellationToken.None);
        }

        Assert.Equal(before, await app.QueryAsync(db => db.Set<MakerProject>().CountAsync()));
        Assert.Equal(2, await app.QueryAsync(db => db.Set<MakerProfile>().CountAsync()));
    }
}

public sealed class MakersDemoSeedTestsOnSqlite(DemoSqliteApp app) : MakersDemoSeedTests(app), IClassFixture<DemoSqliteApp>;

public sealed class MakersDemoSeedTestsOnPostgres(DemoPostgresApp app) : MakersDemoSeedTests(app), IClassFixture<DemoPostgresApp>;

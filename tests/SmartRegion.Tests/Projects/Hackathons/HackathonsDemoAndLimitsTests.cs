using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Tests.Infrastructure;
using SmartRegion.Tests.Participation;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>The demo installation shows the region's two hackathons of 2022, once, however often the seed runs.</summary>
public abstract class HackathonsDemoSeedTests(SmartRegionApp app)
{
    [Fact]
    public async Task DemoSeed_ShowsBothHackathonsOfTheRegion_AsPast_AndIsIdempotent()
    {
        using var session = app.NewSession();

        var list = WebUtility.HtmlDecode(await session.GetHtmlAsync("/hackathons"));

        Assert.Contains("Ocean Re-CREATION Challenge (ORCC)", list, StringComparison.Ordinal);
        Assert.Contains("Hack your Verkehrssystem!", list, StringComparison.Ordinal);
        Assert.True(list.IndexOf("Ocean Re-CREATION", StringComparison.Ordinal) > list.IndexOf("id=\"past-heading\"", StringComparison.Ordinal));
        var ocean = await app.QueryAsync(db => db.Set<Hackathon>().Include(h => h.Challenges).SingleAsync(h => h.Title == "Ocean Re-CREATION Challenge (ORCC)"));
        Assert.Equal(new DateTime(2022, 9, 19, 7, 0, 0), ocean.StartsAt);
        Assert.Equal("TransMarTech SH", Assert.Single(ocean.Challenges).OwnerOrganisation);
        var mobility = await app.QueryAsync(db => db.Set<Hackathon>().SingleAsync(h => h.Title == HackathonsDemoSeed.MobilityTitle));
        Assert.Equal(new DateTime(2022, 6, 10, 7, 0, 0), mobility.StartsAt);
        Assert.Contains("Groningen", WebUtility.HtmlDecode(await session.GetHtmlAsync($"/hackathons/{mobility.Id}")), StringComparison.Ordinal);

        await app.QueryAsync(async db =>
        {
            var seed = new HackathonsDemoSeed(new SmartRegion.Modules.Region.Queries.RegionDirectory(db), TimeProvider.System);
            await seed.SeedAsync(db, CancellationToken.None);
            return 0;
        });
        Assert.Equal(2, await app.QueryAsync(db => db.Set<Hackathon>().CountAsync(h => h.Title == HackathonsDemoSeed.OceanTitle || h.Title == HackathonsDemoSeed.MobilityTitle)));
        Assert.Equal(
            [("Nutzen für den Alltag (Demo)", 3), ("Umsetzbarkeit in der Region (Demo)", 2)],
            await app.QueryAsync(db => db.Set<Modules.Projects.Hackathons.Jury.JuryCriterion>().Where(c => c.HackathonId == mobility.Id).OrderBy(c => c.SortOrder).Select(c => new ValueTuple<string, int>(c.Name, c.Weight)).ToListAsync()));
    }
}

public sealed class HackathonsDemoSeedTestsOnSqlite(DemoSqliteApp app) : HackathonsDemoSeedTests(app), IClassFixture<DemoSqliteApp>;

public sealed class HackathonsDemoSeedTestsOnPostgres(DemoPostgresApp app) : HackathonsDemoSeedTests(app), IClassFixture<DemoPostgresApp>;

/// <summary>The app with resident writes limited to two per window.</summary>
public abstract class HackathonLowLimitsApp(Engine engine) : SmartRegionApp(engine)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:ResidentWritesPerWindow"] = "2",
        ["RateLimits:WindowSeconds"] = "600",
    };
}

public sealed class HackathonLowLimitsSqliteApp() : HackathonLowLimitsApp(Engine.Sqlite);

public sealed class HackathonLowLimitsPostgresApp() : HackathonLowLimitsApp(Engine.Postgres);

public abstract class HackathonRateLimitTests(SmartRegionApp app)
{
    [Fact]
    public async Task ParticipantWrites_OverTheLimit_Get429_ReadingStaysOpen()
    {
        var kit = new HackathonsTestKit(app);
        var id = await kit.HackathonAsync("kiel");
        var (person, _) = await kit.PersonAsync("vielklicker");

        using var first = await person.Client.PostAsync(new Uri($"/api/projects/hackathons/{id}/registration", UriKind.Relative), null);
        using var second = await person.PostFormAsync($"/hackathons/{id}", [], $"/hackathons/{id}?handler=Register");
        using var third = await person.Client.PostAsync(new Uri($"/api/projects/hackathons/{id}/registration", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        await person.GetHtmlAsync($"/hackathons/{id}");
    }
}

public sealed class HackathonRateLimitTestsOnSqlite(HackathonLowLimitsSqliteApp app) : HackathonRateLimitTests(app), IClassFixture<HackathonLowLimitsSqliteApp>;

public sealed class HackathonRateLimitTestsOnPostgres(HackathonLowLimitsPostgresApp app) : HackathonRateLimitTests(app), IClassFixture<HackathonLowLimitsPostgresApp>;

using System.Net;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

/// <summary>The app with resident writes limited to two per window, so the third idea write is refused.</summary>
public abstract class IdeaLowLimitsApp(Engine engine) : SmartRegionApp(engine)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:ResidentWritesPerWindow"] = "2",
        ["RateLimits:WindowSeconds"] = "600",
    };
}

public sealed class IdeaLowLimitsSqliteApp() : IdeaLowLimitsApp(Engine.Sqlite);

public sealed class IdeaLowLimitsPostgresApp() : IdeaLowLimitsApp(Engine.Postgres);

public abstract class IdeaRateLimitTests(SmartRegionApp app)
{
    [Fact]
    public async Task IdeaWrites_OverTheLimit_Get429()
    {
        using var session = await SignedInAsync(app, "vielschreiber");
        var id = await IdeaAsync(app, "kiel");

        using var first = await session.PostFormAsync("/participation/ideas/new", [.. await ValidFormAsync(app)]);
        using var second = await session.Client.PostAsync(new Uri($"/api/participation/ideas/{id}/support", UriKind.Relative), null);
        using var third = await session.PostFormAsync("/participation/ideas/new", [.. await ValidFormAsync(app)]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));

        // Reading is never limited.
        await session.GetHtmlAsync($"/participation/ideas/{id}");
    }
}

public sealed class IdeaRateLimitTestsOnSqlite(IdeaLowLimitsSqliteApp app) : IdeaRateLimitTests(app), IClassFixture<IdeaLowLimitsSqliteApp>;

public sealed class IdeaRateLimitTestsOnPostgres(IdeaLowLimitsPostgresApp app) : IdeaRateLimitTests(app), IClassFixture<IdeaLowLimitsPostgresApp>;

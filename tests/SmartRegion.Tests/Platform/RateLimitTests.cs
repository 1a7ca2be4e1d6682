using System.Net;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

/// <summary>The app with the limits turned low, so that a test reaches them in a few requests.</summary>
public sealed class LowLimitsApp() : SmartRegionApp(Engine.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:LoginPerWindow"] = "3",
        ["RateLimits:RegistrationPerWindow"] = "2",
        ["RateLimits:PasswordResetPerWindow"] = "2",
        ["RateLimits:ResidentWritesPerWindow"] = "2",
        ["RateLimits:WindowSeconds"] = "600",
    };
}

public sealed class RateLimitTests(LowLimitsApp app) : IClassFixture<LowLimitsApp>
{
    [Theory]
    [InlineData("/account/login", 3, "Input.Email")]
    [InlineData("/account/register", 2, "Input.Email")]
    [InlineData("/account/forgot-password", 2, "Input.Email")]
    [InlineData("/accessibility", 2, "Input.Message")]
    public async Task Writes_OverTheLimit_Get429WithRetryAfter(string path, int limit, string field)
    {
        using var session = app.NewSession();
        for (var i = 0; i < limit; i++)
        {
            using var allowed = await session.PostFormAsync(path, (field, "x"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var rejected = await session.PostFormAsync(path, (field, "x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = int.Parse(Assert.Single(rejected.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Contains("Zu viele Anfragen", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reading the page is never limited.
        await session.GetHtmlAsync(path);
    }
}

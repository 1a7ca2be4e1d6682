using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Reports;

/// <summary>The app with the resident write limit (which Open311 posts count against) turned low.</summary>
public sealed class Open311LowLimitSqliteApp() : SmartRegionApp(Engine.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => Open311LowLimits.Settings;
}

public sealed class Open311LowLimitPostgresApp() : SmartRegionApp(Engine.Postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => Open311LowLimits.Settings;
}

internal static class Open311LowLimits
{
    public const int Limit = 2;

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["RateLimits:ResidentWritesPerWindow"] = Limit.ToString(CultureInfo.InvariantCulture),
        ["RateLimits:WindowSeconds"] = "600",
    };
}

public abstract class Open311RateLimitTests(SmartRegionApp app)
{
    private async Task<HttpResponseMessage> PostAsync(string format, string token, string description)
    {
        using var session = app.NewSession();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = token,
            ["service_code"] = "beach-litter",
            ["lat"] = "54.4102",
            ["long"] = "10.2201",
            ["description"] = description,
        });
        return await session.Client.PostAsync(new Uri($"/open311/v2/requests.{format}", UriKind.Relative), content);
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
    }

    [Fact]
    public async Task Post_OverTheLimit_Is429WithRetryAfterInTheOpen311ErrorShapeOfTheAskedFormat()
    {
        var token = await ReportKit.Open311TokenAsync(app);
        for (var i = 0; i < Open311LowLimits.Limit; i++)
        {
            using var allowed = await PostAsync("json", token, $"Netze am Strand {i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var json = await PostAsync("json", token, "eine zu viel (JSON)");
        using var xml = await PostAsync("xml", token, "eine zu viel (XML)");

        Assert.Equal(HttpStatusCode.TooManyRequests, json.StatusCode);
        AssertRetryAfter(json);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using (var errors = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            var error = Assert.Single(errors.RootElement.EnumerateArray());
            Assert.Equal(429, error.GetProperty("code").GetInt32());
            Assert.Contains("try again", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, xml.StatusCode);
        AssertRetryAfter(xml);
        Assert.Equal("text/xml", xml.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await xml.Content.ReadAsStringAsync());
        Assert.Equal("errors", document.Root!.Name.LocalName);
        var xmlError = Assert.Single(document.Root.Elements("error"));
        Assert.Equal("429", xmlError.Element("code")!.Value);
        Assert.Contains("try again", xmlError.Element("description")!.Value, StringComparison.Ordinal);

        Assert.False(await app.QueryAsync(db => db.Set<ServiceRequest>().AnyAsync(r => r.Description.StartsWith("eine zu viel"))));

        // Reading is never limited.
        using var session = app.NewSession();
        using var list = await session.GetAsync("/open311/v2/requests.json");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}

public sealed class Open311RateLimitTestsOnSqlite(Open311LowLimitSqliteApp app) : Open311RateLimitTests(app), IClassFixture<Open311LowLimitSqliteApp>;

public sealed class Open311RateLimitTestsOnPostgres(Open311LowLimitPostgresApp app) : Open311RateLimitTests(app), IClassFixture<Open311LowLimitPostgresApp>;

using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

public sealed class OpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task OpenApiDocument_DescribesThePlatformApi()
    {
        using var session = app.NewSession();
        using var document = JsonDocument.Parse(await session.GetHtmlAsync("/openapi/v1.json"));

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/areas", "/api/areas/{slug}", "/api/fields", "/api/areas/{slug}/boundary", "/api/areas/boundaries", "/api/me", "/api/sensing/datastreams/{id}/aggregate", "/api/sensing/observations/delete", "/api/sensing/datastreams/{id}/observations/csv" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        Assert.False(paths.TryGetProperty("/account/login", out _), "Pages for people do not belong in the API description.");
    }
}

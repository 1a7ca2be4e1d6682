using System.Net;
using System.Text.Json;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

public sealed class ErrorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task UnknownPage_Html_Is404PageInGerman()
    {
        using var session = app.NewSession();

        var html = await session.GetHtmlAsync("/gibt-es-nicht", HttpStatusCode.NotFound);

        Assert.Contains("Seite nicht gefunden", html, StringComparison.Ordinal);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_IsProblemDetails404()
    {
        using var session = app.NewSession();
        using var response = await session.GetAsync("/api/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ErrorPage_OpenedDirectly_IsNotFoundRatherThanAServerError()
    {
        using var session = app.NewSession();

        await session.GetHtmlAsync("/error/500", HttpStatusCode.NotFound);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Portal;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Portal;

public abstract class PortalPagesTests(SmartRegionApp app)
{
    [Fact]
    public async Task Home_ShowsTheRegionTheFieldsAndThePillars()
    {
        using var session = app.NewSession();
        var html = await session.GetHtmlAsync("/");

        foreach (var text in new[]
        {
            "Kiel", "Kreis Rendsburg-Eckernförde", "Kreis Plön",
            "Abfall und Emissionen", "Gesundheit", "Bauen, Wohnen und Lebensraum", "Mobilität und Infrastruktur", "Energie", "Umwelt",
            "Intelligente Quartiersentwicklung", "Küsten- und Meeresschutz",
            "Urbane Datenplattform", "Beteiligung", "Förderung und Projekte",
        })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
    }

    [Fact]
    public async Task PillarPage_Data_SaysItIsNotBuiltYet()
    {
        using var session = app.NewSession();
        var html = await session.GetHtmlAsync("/data");

        Assert.Contains("Urbane Datenplattform", html, StringComparison.Ordinal);
        Assert.Contains("Im Aufbau", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PillarPage_Funding_LinksWhatExistsAndNamesWhatIsMissing()
    {
        using var session = app.NewSession();
        var html = await session.GetHtmlAsync("/funding");

        Assert.Contains("Förderung und Projekte", html, StringComparison.Ordinal);
        Assert.Contains("Weitgehend verfügbar", html, StringComparison.Ordinal);
        foreach (var link in new[] { "/funding/calls", "/projects/directory", "/projects/makers", "/hackathons" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
            using var target = await session.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, target.StatusCode);
        }

        Assert.Contains("Förderentscheidungen mit Bescheid", html, StringComparison.Ordinal);
        Assert.Contains("Hackathons, deren Ergebnisse eine Jury mit derselben Begutachtung bewertet", html, StringComparison.Ordinal);
        Assert.Contains("Dateien in den Abgaben der Hackathon-Teams", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaPages_ListAndDetail_ShowTheHierarchy()
    {
        using var session = app.NewSession();
        var list = await session.GetHtmlAsync("/areas");
        var kiel = await session.GetHtmlAsync("/areas/kiel");
        var gaarden = await session.GetHtmlAsync("/areas/kiel-gaarden-ost");

        Assert.Contains("href=\"/areas/kiel-gaarden-ost\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/areas/schoenberg-holstein\"", list, StringComparison.Ordinal);
        Assert.Contains("01002000", kiel, StringComparison.Ordinal);
        Assert.Contains("Gaarden-Süd und Kronsburg", kiel, StringComparison.Ordinal);
        Assert.Contains("href=\"/areas/kiel\"", gaarden, StringComparison.Ordinal);
        await session.GetHtmlAsync("/areas/atlantis", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/imprint", "Impressum")]
    [InlineData("/privacy", "Datenschutzhinweise")]
    [InlineData("/accessibility", "Erklärung zur Barrierefreiheit")]
    public async Task LegalPages_Exist(string path, string title)
    {
        using var session = app.NewSession();
        var html = await session.GetHtmlAsync(path);

        Assert.Contains($"<h1 class=\"kern-heading-x-large\">{title}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessibilityFeedback_Sent_IsStoredAndThanked()
    {
        using var session = app.NewSession();
        var message = $"Der Kontrast im Menü ist zu schwach ({Guid.NewGuid():N}).";

        using var response = await session.PostFormAsync("/accessibility", ("Input.Message", message), ("Input.PageUrl", "/areas"), ("Input.Email", "leserin@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Danke für Ihre Rückmeldung", await session.GetHtmlAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.Set<AccessibilityFeedback>().SingleAsync(f => f.Message == message));
        Assert.Equal("/areas", stored.PageUrl);
        Assert.Equal("leserin@example.org", stored.Email);
    }

    [Fact]
    public async Task AccessibilityFeedback_EmptyMessage_ShowsTheErrorAtTheField()
    {
        using var session = app.NewSession();

        using var response = await session.PostFormAsync("/accessibility", ("Input.Message", ""), ("Input.Email", "kaputt"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Input_Message-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Email-error\"", html, StringComparison.Ordinal);
    }
}

public sealed class PortalPagesTestsOnSqlite(SqliteApp app) : PortalPagesTests(app), IClassFixture<SqliteApp>;

public sealed class PortalPagesTestsOnPostgres(PostgresApp app) : PortalPagesTests(app), IClassFixture<PostgresApp>;

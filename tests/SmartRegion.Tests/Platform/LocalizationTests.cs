using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Platform;

public abstract class LocalizationTests(SmartRegionApp app)
{
    [Fact]
    public async Task HomePage_ByDefault_IsGermanWhateverTheBrowserAsks()
    {
        using var session = app.NewSession();
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var html = await session.GetHtmlAsync("/");

        Assert.Contains("<html lang=\"de\"", html, StringComparison.Ordinal);
        Assert.Contains("Die sechs Innovationsfelder", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_CultureEn_IsEnglishAndRemembered()
    {
        using var session = app.NewSession();

        var english = await session.GetHtmlAsync("/?culture=en");
        var next = await session.GetHtmlAsync("/areas");

        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("The six innovation fields", english, StringComparison.Ordinal);
        Assert.Contains("Waste and emissions", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", next, StringComparison.Ordinal);
        Assert.Contains("Places of the region", next, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"de\"", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_BackToGerman_KeepsOtherQueryParameters()
    {
        using var session = app.NewSession();

        var html = await session.GetHtmlAsync("/account/login?returnUrl=%2Fareas&culture=en");

        Assert.Contains("href=\"/account/login?returnUrl=%2Fareas&amp;culture=de\"", html, StringComparison.Ordinal);
    }
}

public sealed class LocalizationTestsOnSqlite(SqliteApp app) : LocalizationTests(app), IClassFixture<SqliteApp>;

public sealed class LocalizationTestsOnPostgres(PostgresApp app) : LocalizationTests(app), IClassFixture<PostgresApp>;

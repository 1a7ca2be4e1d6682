using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation;

public abstract class TranslationsTests(SmartRegionApp app)
{
    private async Task SaveAsync(int processId, string language, string title, string body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Translations>().SaveAsync("process", processId, language, title, body, null, CancellationToken.None);
    }

    [Fact]
    public async Task ArabicTranslation_IsShownRightToLeftWithItsLanguage()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        await SaveAsync(process.Id, ContentLanguage.Arabic, "تصميم ساحة فينيتا", "كيف يجب أن تبدو الساحة؟");
        using var visitor = app.NewSession();

        var html = await visitor.GetHtmlAsync($"/participation/processes/{process.Slug}?lang=ar");

        Assert.Contains("lang=\"ar\" dir=\"rtl\" id=\"process-text-content\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"kern-heading-x-large\">تصميم ساحة فينيتا</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Übersetzt, Originalsprache: Deutsch.", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\" dir=\"ltr\"", html, StringComparison.Ordinal);
        foreach (var name in new[] { "Deutsch", "English", "العربية" })
        {
            Assert.Contains($">{name}<", html, StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"/participation/processes/{process.Slug}?lang=de\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Türkçe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_WithoutChoice_GetsTheInterfaceLanguageOrTheOriginal()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        await SaveAsync(process.Id, ContentLanguage.Turkish, "Vineta Meydanı", "Meydan nasıl görünmeli?");
        using var visitor = app.NewSession();

        var german = await visitor.GetHtmlAsync($"/participation/processes/{process.Slug}");
        var english = await visitor.GetHtmlAsync($"/participation/processes/{process.Slug}?culture=en");
        var unknown = await visitor.GetHtmlAsync($"/participation/processes/{process.Slug}?culture=de&lang=xx");

        Assert.Contains("lang=\"de\" dir=\"ltr\" id=\"process-text-content\"", german, StringComparison.Ordinal);
        Assert.Contains(process.TitleDe, german, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" dir=\"ltr\" id=\"process-text-content\"", english, StringComparison.Ordinal);
        Assert.Contains(process.TitleEn!, english, StringComparison.Ordinal);
        Assert.Contains("Türkçe", german, StringComparison.Ordinal);
        Assert.Contains(process.TitleDe, unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_SameLanguageAgain_ReplacesTheTranslation()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel");
        await SaveAsync(process.Id, ContentLanguage.Turkish, "Birinci", "Eski metin");
        await SaveAsync(process.Id, ContentLanguage.Turkish, "İkinci", "Yeni metin");

        await using var scope = app.Services.CreateAsyncScope();
        var translations = scope.ServiceProvider.GetRequiredService<Translations>();
        var languages = await translations.LanguagesAsync("process", process.Id, CancellationToken.None);
        var text = await translations.ForReaderAsync("process", process.Id, new TextVersion("de", "Original", null), "tr", CancellationToken.None);

        Assert.Equal(["tr"], languages);
        Assert.Equal("İkinci", text.Shown.Title);
        Assert.Equal(["de", "tr"], text.Languages);
    }

    [Fact]
    public async Task ProcessEdit_EditorAddsTurkishTranslation_ProcessPageOffersIt()
    {
        var process = await ProcessTestData.AddAsync(app, "kiel-gaarden-ost");
        using var editor = await ProcessTestData.SignedInEditorAsync(app, "kiel-gaarden-ost");
        var url = $"/participation/processes/{process.Slug}/edit";

        using var missing = await editor.PostFormAsync(url, [new("Translation.Language", "tr"), new("Translation.Title", "")], url + "?handler=Translation");
        using var saved = await editor.PostFormAsync(url, [new("Translation.Language", "tr"), new("Translation.Title", "Gaarden'i birlikte tasarlayalım")], url + "?handler=Translation");

        Assert.Contains("id=\"Translation_Title-error\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var visitor = app.NewSession();
        var html = await visitor.GetHtmlAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("lang=\"tr\" dir=\"ltr\" id=\"process-text-content\"", html, StringComparison.Ordinal);
        Assert.Contains("Gaarden&#x27;i birlikte tasarlayalım", html, StringComparison.Ordinal);
    }
}

public sealed class TranslationsTestsOnSqlite(SqliteApp app) : TranslationsTests(app), IClassFixture<SqliteApp>;

public sealed class TranslationsTestsOnPostgres(PostgresApp app) : TranslationsTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.ContributionTranslationData;
using IdeaTestData = SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation;

/// <summary>Translating ideas and neighbourhood events on their translate pages, and reading them in the chosen language.</summary>
public abstract class ContributionTranslationTests(SmartRegionApp app)
{
    private static (string, string)[] Translation(string language, string title, string text = "Bir metin.") =>
        [("Input.Language", language), ("Input.Title", title), ("Input.Text", text)];

    private static async Task SavedAsync(WebSession session, string url, (string, string)[] fields)
    {
        using var response = await session.PostFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode} {WebSession.Shorten(await response.Content.ReadAsStringAsync())}");
    }

    [Fact]
    public async Task TranslatePage_AuthorAddsTurkish_ReaderSeesItWithLangTr()
    {
        using var author = await PersonAsync(app, "author");
        var id = await IdeaAsync(app, "kiel-gaarden-ost", author.Id);
        var url = $"/participation/ideas/{id}/translate";

        using var saved = await author.Session.PostFormAsync(url, Translation("tr", "Vineta Meydanı'na daha fazla bank", "Meydanda gölgede oturacak yer yok."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/participation/ideas/{id}?lang=tr", saved.Headers.Location!.OriginalString);
        using var visitor = app.NewSession();
        var html = await visitor.GetHtmlAsync($"/participation/ideas/{id}?lang=tr");
        Assert.Contains("lang=\"tr\" dir=\"ltr\" id=\"idea-text-content\"", html, StringComparison.Ordinal);
        Assert.Contains("Vineta Meydanı&#x27;na daha fazla bank</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Übersetzt, Originalsprache: Deutsch.", html, StringComparison.Ordinal);
        Assert.Contains("Mehr Bänke am Vinetaplatz", await visitor.GetHtmlAsync($"/participation/ideas/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArabicTranslation_OfIdeaAndEvent_IsShownRightToLeft()
    {
        using var author = await PersonAsync(app, "author");
        var ideaId = await IdeaAsync(app, "kiel-gaarden-ost", author.Id);
        var eventId = await EventAsync(app, "kiel-gaarden-ost", author.Id);

        await SavedAsync(author.Session, $"/participation/ideas/{ideaId}/translate", Translation("ar", "مقاعد أكثر في ساحة فينيتا", "لا توجد أماكن للجلوس في الظل."));
        await SavedAsync(author.Session, $"/participation/events/{eventId}/translate", Translation("ar", "سوق البرغوث في بلاوبارك", "أحضروا الطاولات."));

        using var visitor = app.NewSession();
        var ideaHtml = await visitor.GetHtmlAsync($"/participation/ideas/{ideaId}?lang=ar");
        var eventHtml = await visitor.GetHtmlAsync($"/participation/events/{eventId}?lang=ar");
        Assert.Matches("lang=\"ar\" dir=\"rtl\" id=\"idea-text-content\">\\s*<h1 class=\"kern-heading-x-large\" id=\"idea-text-title\">مقاعد أكثر في ساحة فينيتا</h1>", ideaHtml);
        Assert.Contains("aria-labelledby=\"idea-text-title\"", ideaHtml, StringComparison.Ordinal);
        Assert.Matches("<article class=\"event-detail stack\" aria-labelledby=\"event-text-title\" lang=\"ar\" dir=\"rtl\">", eventHtml);
        Assert.Matches("lang=\"ar\" dir=\"rtl\" id=\"event-text-content\">\\s*<h1[^>]*>سوق البرغوث في بلاوبارك</h1>", eventHtml);
        Assert.Contains("<html lang=\"de\" dir=\"ltr\"", eventHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/participation/events/" + eventId + "?lang=de\"", eventHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslatePage_PermissionsByRoleAndArea()
    {
        using var author = await PersonAsync(app, "author");
        using var other = await PersonAsync(app, "other");
        using var ploenModerator = await PersonAsync(app, "ploen-moderator", (Roles.Moderator, "ploen"));
        using var kielModerator = await PersonAsync(app, "kiel-moderator", (Roles.Moderator, "kiel"));
        using var kielEditor = await PersonAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var ideaUrl = $"/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id)}/translate";
        var eventUrl = $"/participation/events/{await EventAsync(app, "kiel", author.Id)}/translate";
        using var anonymous = app.NewSession();

        foreach (var url in new[] { ideaUrl, eventUrl })
        {
            Assert.Equal(HttpStatusCode.Redirect, await StatusOfAsync(anonymous, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(other.Session, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(ploenModerator.Session, url));
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(author.Session, url));
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(kielModerator.Session, url));
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(kielEditor.Session, url));
        }

        using var refused = await PostWithoutFormAsync(ploenModerator.Session, ideaUrl, Translation("en", "More benches"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(author.Session, "/participation/ideas/999999/translate"));
        Assert.False(await app.QueryAsync(db => db.Set<ContentTranslation>().AnyAsync(t => t.Title == "More benches")));
    }

    [Fact]
    public async Task TranslatePage_HiddenIdeaOrPendingEvent_OnlyStaffMay()
    {
        using var author = await PersonAsync(app, "author");
        using var moderator = await PersonAsync(app, "moderator", (Roles.Moderator, "kiel-gaarden-ost"));
        var hiddenIdea = $"/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id, hidden: true)}";
        var pendingEvent = $"/participation/events/{await EventAsync(app, "kiel-gaarden-ost", author.Id, EventStatus.Pending)}";
        var rejectedEvent = $"/participation/events/{await EventAsync(app, "kiel-gaarden-ost", author.Id, EventStatus.Rejected)}";

        foreach (var page in new[] { hiddenIdea, pendingEvent, rejectedEvent })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(author.Session, page + "/translate"));
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(moderator.Session, page + "/translate"));
        }

        Assert.DoesNotContain("id=\"translate-link\"", await author.Session.GetHtmlAsync(pendingEvent), StringComparison.Ordinal);
        Assert.Contains("id=\"translate-link\"", await moderator.Session.GetHtmlAsync(pendingEvent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPages_OfferTheTranslateLinkOnlyToThoseWhoMay()
    {
        using var author = await PersonAsync(app, "author");
        using var other = await PersonAsync(app, "other");
        var idea = $"/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id)}";
        var item = $"/participation/events/{await EventAsync(app, "kiel-gaarden-ost", author.Id)}";
        using var anonymous = app.NewSession();

        foreach (var page in new[] { idea, item })
        {
            Assert.Contains($"<a class=\"kern-link\" href=\"{page}/translate\" id=\"translate-link\">Übersetzung hinzufügen</a>", await author.Session.GetHtmlAsync(page + "?culture=de"), StringComparison.Ordinal);
            Assert.Contains(">Add translation</a>", await author.Session.GetHtmlAsync(page + "?culture=en"), StringComparison.Ordinal);
            Assert.DoesNotContain("translate-link", await other.Session.GetHtmlAsync(page), StringComparison.Ordinal);
            Assert.DoesNotContain("translate-link", await anonymous.GetHtmlAsync(page), StringComparison.Ordinal);
        }

    }

    [Fact]
    public async Task TranslatePage_BadInput_ShowsEachErrorNextToItsFieldInGermanAndEnglish()
    {
        using var author = await PersonAsync(app, "author");
        var url = $"/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id)}/translate";

        using var empty = await author.Session.PostFormAsync(url, Translation("", "", ""));
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        using var original = await author.Session.PostFormAsync(url, Translation("de", "Bänke"));
        using var unknown = await author.Session.PostFormAsync(url + "?culture=en", Translation("xx", new string('a', 151)));
        var unknownHtml = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("id=\"error-summary\"", emptyHtml, StringComparison.Ordinal);
        Assert.Equal("Bitte füllen Sie das Feld „Sprache“ aus.", IdeaTestData.ErrorNextTo(emptyHtml, "Input_Language"));
        Assert.Equal("Bitte füllen Sie das Feld „Titel“ aus.", IdeaTestData.ErrorNextTo(emptyHtml, "Input_Title"));
        Assert.Equal("Bitte füllen Sie das Feld „Text“ aus.", IdeaTestData.ErrorNextTo(emptyHtml, "Input_Text"));
        Assert.Equal(
            "Bitte wählen Sie eine der angebotenen Sprachen. Die Originalsprache (Deutsch) braucht keine Übersetzung.",
            IdeaTestData.ErrorNextTo(await original.Content.ReadAsStringAsync(), "Input_Language"));
        Assert.Equal("Please choose one of the languages offered. The original language (Deutsch) needs no translation.", IdeaTestData.ErrorNextTo(unknownHtml, "Input_Language"));
        Assert.Equal("“Title” may be at most 150 characters long.", IdeaTestData.ErrorNextTo(unknownHtml, "Input_Title"));
        Assert.DoesNotContain("<option value=\"de\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ar\" lang=\"ar\">العربية</option>", emptyHtml, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<ContentTranslation>().CountAsync(t => t.CreatedBy == author.Id)));
    }

    [Fact]
    public async Task TranslatePage_SameLanguageAgain_ReplacesTheTranslation()
    {
        using var author = await PersonAsync(app, "author");
        var id = await EventAsync(app, "kiel-gaarden-ost", author.Id);
        var url = $"/participation/events/{id}/translate";

        await SavedAsync(author.Session, url, Translation("en", "Flea market in Blaupark", "Bring tables."));
        await SavedAsync(author.Session, url, Translation("en", "Flea market in the Blaupark", "Bring tables and good spirits."));

        var translations = await app.QueryAsync(db => db.Set<ContentTranslation>().Where(t => t.SubjectKind == "event" && t.SubjectId == id).ToListAsync());
        Assert.Equal("Flea market in the Blaupark", Assert.Single(translations).Title);
        Assert.Contains("value=\"Flea market in the Blaupark\"", await author.Session.GetHtmlAsync(url + "?language=en"), StringComparison.Ordinal);
        Assert.Contains("Bring tables and good spirits.", await author.Session.GetHtmlAsync($"/participation/events/{id}?lang=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslatePage_BlockedOrHoneypot_StoresNothing()
    {
        using var author = await PersonAsync(app, "author");
        var url = $"/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id)}/translate";

        using var bot = await author.Session.PostFormAsync(url, [.. Translation("en", "Spam"), ("homepage", "https://spam.example")]);
        await BlockAsync(app, author.Id, "kiel");
        var blockedForm = await author.Session.GetHtmlAsync(url);
        using var blocked = await PostWithoutFormAsync(author.Session, url, Translation("en", "More benches"));

        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.Contains("Ihr Konto ist für Beiträge in diesem Gebiet zurzeit gesperrt", blockedForm, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Input_Title\"", blockedForm, StringComparison.Ordinal);
        Assert.Contains("zurzeit gesperrt", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<ContentTranslation>().CountAsync(t => t.CreatedBy == author.Id)));
    }

    [Fact]
    public async Task Translations_AreInTheDataDownload_AndStayAfterAccountDeletion()
    {
        using var author = await PersonAsync(app, "author");
        var id = await IdeaAsync(app, "kiel-gaarden-ost", author.Id);
        await SavedAsync(author.Session, $"/participation/ideas/{id}/translate", Translation("tr", "Daha fazla bank"));

        using var download = await author.Session.GetAsync("/account/data?handler=Download");
        using var document = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var translation = document.RootElement.GetProperty("sections").GetProperty("participation").GetProperty("translations")[0];
        using var deleted = await author.Session.PostFormAsync("/account/delete", ("Input.Password", Password), ("Input.Confirm", "true"));

        Assert.Equal("Daha fazla bank", translation.GetProperty("title").GetString());
        Assert.Equal("idea", translation.GetProperty("subjectKind").GetString());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var kept = await app.QueryAsync(db => db.Set<ContentTranslation>().SingleAsync(t => t.SubjectKind == "idea" && t.SubjectId == id));
        Assert.Null(kept.CreatedBy);
        using var visitor = app.NewSession();
        Assert.Contains("Daha fazla bank", await visitor.GetHtmlAsync($"/participation/ideas/{id}?lang=tr"), StringComparison.Ordinal);
    }
}

public sealed class ContributionTranslationTestsOnSqlite(SqliteApp app) : ContributionTranslationTests(app), IClassFixture<SqliteApp>;

public sealed class ContributionTranslationTestsOnPostgres(PostgresApp app) : ContributionTranslationTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.ContributionTranslationData;

namespace SmartRegion.Tests.Participation;

/// <summary>The translations of ideas and events through <c>/api/participation/…/translations</c>.</summary>
public abstract class ContributionTranslationApiTests(SmartRegionApp app)
{
    private static Task<HttpResponseMessage> PutAsync(WebSession session, string url, string? title, string? text = "Metin.") =>
        session.Client.PutAsJsonAsync(new Uri(url, UriKind.Relative), new { title, text });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Put_ByAuthor_CreatesThenReplaces_AndGetListsIt()
    {
        using var author = await PersonAsync(app, "author");
        var id = await IdeaAsync(app, "kiel-gaarden-ost", author.Id);
        var url = $"/api/participation/ideas/{id}/translations";

        using var created = await PutAsync(author.Session, url + "/ar", "مقاعد في الساحة", "نص");
        using var replaced = await PutAsync(author.Session, url + "/ar", "مقاعد أكثر في الساحة", "نص جديد");
        using var anonymous = app.NewSession();
        var list = await JsonAsync(await anonymous.Client.GetAsync(new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/participation/ideas/{id}/translations/ar", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("rtl", (await JsonAsync(replaced)).GetProperty("direction").GetString());
        Assert.Equal("de", list.GetProperty("originalLanguage").GetString());
        var only = Assert.Single(list.GetProperty("translations").EnumerateArray());
        Assert.Equal("ar", only.GetProperty("language").GetString());
        Assert.Equal("مقاعد أكثر في الساحة", only.GetProperty("title").GetString());
        Assert.Equal("نص جديد", only.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Put_PermissionsByRoleAndArea_AnswerWithProblemDetails()
    {
        using var author = await PersonAsync(app, "author");
        using var other = await PersonAsync(app, "other");
        using var ploenModerator = await PersonAsync(app, "ploen-moderator", (Roles.Moderator, "ploen"));
        using var kielEditor = await PersonAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var url = $"/api/participation/events/{await EventAsync(app, "kiel-gaarden-ost", author.Id)}/translations/en";
        using var anonymous = app.NewSession();

        using var unauthorized = await PutAsync(anonymous, url, "Flea market");
        using var forbidden = await PutAsync(other.Session, url, "Flea market");
        using var otherArea = await PutAsync(ploenModerator.Session, url, "Flea market");
        using var byEditor = await PutAsync(kielEditor.Session, url, "Flea market");
        using var missing = await PutAsync(author.Session, "/api/participation/events/999999/translations/en", "Flea market");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, otherArea.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Put_HiddenPendingOrBlocked_RefusesTheAuthorButNotTheStaff()
    {
        using var author = await PersonAsync(app, "author");
        using var moderator = await PersonAsync(app, "moderator", (Roles.Moderator, "kiel"));
        var hidden = $"/api/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id, hidden: true)}/translations/tr";
        var pending = $"/api/participation/events/{await EventAsync(app, "kiel-gaarden-ost", author.Id, EventStatus.Pending)}/translations/tr";
        var open = $"/api/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id)}/translations/tr";

        foreach (var url in new[] { hidden, pending })
        {
            using var byAuthor = await PutAsync(author.Session, url, "Başlık");
            using var byModerator = await PutAsync(moderator.Session, url, "Başlık");
            Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
            Assert.Equal(HttpStatusCode.Created, byModerator.StatusCode);
        }

        await BlockAsync(app, author.Id, "kiel-gaarden-ost");
        using var blocked = await PutAsync(author.Session, open, "Başlık");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("Blocked", (await JsonAsync(blocked)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Put_BadLanguageOrMissingTitle_AnswersValidationProblemByField()
    {
        using var author = await PersonAsync(app, "author");
        var url = $"/api/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", author.Id)}/translations";

        using var original = await PutAsync(author.Session, url + "/de", "Bänke");
        using var unknown = await PutAsync(author.Session, url + "/xx", "Benches");
        using var noTitle = await PutAsync(author.Session, url + "/en?culture=en", null, null);

        Assert.Equal(HttpStatusCode.BadRequest, original.StatusCode);
        Assert.Equal("application/problem+json", original.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Originalsprache (Deutsch)", (await JsonAsync(original)).GetProperty("errors").GetProperty("language")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await JsonAsync(unknown)).GetProperty("errors").TryGetProperty("language", out _));
        var errors = (await JsonAsync(noTitle)).GetProperty("errors");
        Assert.Equal("Please fill in “Title”.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Please fill in “Text”.", errors.GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task Get_HiddenIdeaOrPendingEvent_ShowsNoTextsToThePublic()
    {
        using var moderator = await PersonAsync(app, "moderator", (Roles.Moderator, "kiel-gaarden-ost"));
        var hiddenIdea = $"/api/participation/ideas/{await IdeaAsync(app, "kiel-gaarden-ost", null, hidden: true)}/translations";
        var pendingEvent = $"/api/participation/events/{await EventAsync(app, "kiel-gaarden-ost", null, EventStatus.Pending)}/translations";
        foreach (var url in new[] { hiddenIdea, pendingEvent })
        {
            using var saved = await PutAsync(moderator.Session, url + "/en", "Translated title");
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        }

        using var anonymous = app.NewSession();
        using var hidden = await anonymous.Client.GetAsync(new Uri(hiddenIdea, UriKind.Relative));
        using var pending = await anonymous.Client.GetAsync(new Uri(pendingEvent, UriKind.Relative));
        using var staff = await moderator.Session.Client.GetAsync(new Uri(hiddenIdea, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Equal(0, (await JsonAsync(hidden)).GetProperty("translations").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, pending.StatusCode);
        Assert.Equal(1, (await JsonAsync(staff)).GetProperty("translations").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_DescribesTheTranslationEndpoints()
    {
        using var session = app.NewSession();

        var document = await session.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        foreach (var path in new[] { "/api/participation/ideas/{id}/translations", "/api/participation/ideas/{id}/translations/{language}", "/api/participation/events/{id}/translations", "/api/participation/events/{id}/translations/{language}" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("\"TranslateIdea\"", document, StringComparison.Ordinal);
        Assert.Contains("\"TranslateNeighbourhoodEvent\"", document, StringComparison.Ordinal);
    }
}

public sealed class ContributionTranslationApiTestsOnSqlite(SqliteApp app) : ContributionTranslationApiTests(app), IClassFixture<SqliteApp>;

public sealed class ContributionTranslationApiTestsOnPostgres(PostgresApp app) : ContributionTranslationApiTests(app), IClassFixture<PostgresApp>;

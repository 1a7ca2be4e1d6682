using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.CommentFixtures;

namespace SmartRegion.Tests.Participation;

public abstract class ModerationTests(SmartRegionApp app)
{
    private async Task<(int IdeaId, long CommentId, Guid AuthorId, WebSession Author)> CommentedIdeaAsync(string areaSlug, string text)
    {
        var ideaId = await IdeaAsync(app, areaSlug);
        var (author, authorId) = await SignedInAsync(app, "autorin");
        using var response = await CommentAsync(author, ideaId, text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (ideaId, await LastCommentIdAsync(app, ideaId), authorId, author);
    }

    private static Task<HttpResponseMessage> ReportAsync(WebSession session, long commentId, string reason) =>
        session.PostFormAsync($"/participation/report-content?kind=comment&id={commentId}", ("Input.Reason", reason));

    private static Task<HttpResponseMessage> ActAsync(WebSession moderator, long commentId, string handler, params (string Name, string Value)[] fields) =>
        moderator.PostFormAsync(
            $"/participation/moderation/content/comment/{commentId}",
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            $"/participation/moderation/content/comment/{commentId}?handler={handler}");

    private Task<List<string>> LogActionsAsync(long commentId) =>
        app.QueryAsync(db => db.Set<ModerationLogEntry>().Where(e => e.ContentKind == "comment" && e.ContentId == commentId)
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task Report_Queue_Hide_ShowsNoticeInsteadOfText_Restore_BringsItBack()
    {
        var (ideaId, commentId, _, author) = await CommentedIdeaAsync("kiel-gaarden-ost", "Alle am Vinetaplatz sind Idioten.");
        using var _author = author;
        var (reporter, _) = await SignedInAsync(app, "melderin");
        using var _reporter = reporter;
        var (moderator, _) = await SignedInAsync(app, "moderator", (Roles.Moderator, "kiel"));
        using var _moderator = moderator;

        using var reported = await ReportAsync(reporter, commentId, "Beleidigung der Nachbarschaft");
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var queue = await moderator.GetHtmlAsync("/participation/moderation");
        Assert.Contains("Alle am Vinetaplatz sind Idioten.", queue, StringComparison.Ordinal);
        Assert.Contains("Beleidigung der Nachbarschaft", queue, StringComparison.Ordinal);
        Assert.Contains($"/participation/moderation/content/comment/{commentId}", queue, StringComparison.Ordinal);

        using var hidden = await ActAsync(moderator, commentId, "Hide", ("HideReason", "Beleidigung"));
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        var thread = await reporter.GetHtmlAsync($"/participation/comments/idea/{ideaId}");
        Assert.DoesNotContain("Idioten", thread, StringComparison.Ordinal);
        Assert.Contains("Dieser Kommentar wurde von der Moderation verborgen.", thread, StringComparison.Ordinal);
        Assert.Contains("Grund: Beleidigung", thread, StringComparison.Ordinal);
        Assert.Equal(0, await CommentCountAsync(app, ideaId));
        Assert.DoesNotContain("Idioten", await moderator.GetHtmlAsync("/participation/moderation"), StringComparison.Ordinal);
        Assert.Equal("hidden", await app.QueryAsync(db => db.Set<ContentFlag>().Where(f => f.ContentId == commentId && f.ContentKind == "comment").Select(f => f.Resolution).SingleAsync()));

        using var restored = await ActAsync(moderator, commentId, "Restore", ("RestoreReason", ""));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Alle am Vinetaplatz sind Idioten.", await reporter.GetHtmlAsync($"/participation/comments/idea/{ideaId}"), StringComparison.Ordinal);
        Assert.Equal(1, await CommentCountAsync(app, ideaId));
        Assert.Equal([ModerationAction.Hide, ModerationAction.Restore], await LogActionsAsync(commentId));
        Assert.True(await app.QueryAsync(db => db.Set<Comment>().AnyAsync(c => c.Id == commentId)));
    }

    [Fact]
    public async Task Hide_WithoutReason_IsRefusedNextToTheField()
    {
        var (_, commentId, _, author) = await CommentedIdeaAsync("kiel", "Text");
        using var _author = author;
        var (moderator, _) = await SignedInAsync(app, "moderator", (Roles.Moderator, "kiel"));
        using var _moderator = moderator;

        using var response = await ActAsync(moderator, commentId, "Hide", ("HideReason", " "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"HideReason-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await LogActionsAsync(commentId));
    }

    [Fact]
    public async Task ModeratorOfPloen_KielFlag_IsNotListedAndActingIsForbidden()
    {
        var (_, commentId, _, author) = await CommentedIdeaAsync("kiel-gaarden-ost", "Kieler Kommentar");
        using var _author = author;
        var (reporter, _) = await SignedInAsync(app, "melderin");
        using var _reporter = reporter;
        using var _ = await ReportAsync(reporter, commentId, "Werbung für einen Laden");
        var (ploen, _) = await SignedInAsync(app, "ploen", (Roles.Moderator, "ploen"));
        using var _ploen = ploen;

        Assert.DoesNotContain("Kieler Kommentar", await ploen.GetHtmlAsync("/participation/moderation"), StringComparison.Ordinal);
        using var review = await ploen.GetAsync($"/participation/moderation/content/comment/{commentId}");
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);

        var token = WebSession.AntiforgeryToken(await ploen.GetHtmlAsync("/account/change-password"));
        using var content = new FormUrlEncodedContent([new("HideReason", "weg damit"), new("__RequestVerificationToken", token)]);
        using var hide = await ploen.Client.PostAsync(new Uri($"/participation/moderation/content/comment/{commentId}?handler=Hide", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, hide.StatusCode);
        Assert.Null(await app.QueryAsync(db => db.Set<Comment>().Where(c => c.Id == commentId).Select(c => c.HiddenAt).SingleAsync()));
        Assert.Empty(await LogActionsAsync(commentId));

        using var residentQueue = await reporter.GetAsync("/participation/moderation");
        Assert.Equal(HttpStatusCode.Forbidden, residentQueue.StatusCode);
    }

    [Fact]
    public async Task Block_WriterRefusesWithAClearMessage_UntilTheBlockIsLifted()
    {
        var (ideaId, commentId, authorId, author) = await CommentedIdeaAsync("ploen", "Erster Kommentar");
        using var _author = author;
        var (moderator, _) = await SignedInAsync(app, "moderator", (Roles.Moderator, "ploen"));
        using var _moderator = moderator;

        using var blocked = await ActAsync(moderator, commentId, "Block", ("BlockPeriod", "7"), ("BlockReason", "Wiederholte Beleidigungen"), ("BlockUntil", ""));
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        var block = await app.QueryAsync(db => db.Set<AccountBlock>().SingleAsync(b => b.AccountId == authorId));
        Assert.InRange(block.Until, DateTime.UtcNow.AddDays(6.9), DateTime.UtcNow.AddDays(7.1));

        using var apiRefusal = await author.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = ideaId, body = "Noch einer", language = "de" });
        Assert.Equal(HttpStatusCode.Forbidden, apiRefusal.StatusCode);
        Assert.Contains("vorübergehend für Beiträge gesperrt", await apiRefusal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var pageRefusal = await CommentAsync(author, ideaId, "Noch einer");
        Assert.Equal(HttpStatusCode.OK, pageRefusal.StatusCode);
        Assert.Contains("vorübergehend für Beiträge gesperrt", await pageRefusal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CommentCountAsync(app, ideaId));

        var queue = await moderator.GetHtmlAsync("/participation/moderation");
        Assert.Contains("Wiederholte Beleidigungen", queue, StringComparison.Ordinal);
        using var lifted = await moderator.PostFormAsync("/participation/moderation", [new("blockId", block.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "/participation/moderation?handler=Unblock");
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);

        using var accepted = await CommentAsync(author, ideaId, "Wieder dabei");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var log = await app.QueryAsync(db => db.Set<ModerationLogEntry>().Where(e => e.AccountId == authorId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([ModerationAction.Block, ModerationAction.Unblock], log);
    }

    [Fact]
    public async Task Block_UntilAPastDate_IsRefusedNextToTheDate()
    {
        var (_, commentId, authorId, author) = await CommentedIdeaAsync("ploen", "Text");
        using var _author = author;
        var (moderator, _) = await SignedInAsync(app, "moderator", (Roles.Moderator, "ploen"));
        using var _moderator = moderator;

        using var response = await ActAsync(moderator, commentId, "Block", ("BlockPeriod", "date"), ("BlockUntil", "2020-01-01"), ("BlockReason", "Grund"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"BlockUntil-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<AccountBlock>().AnyAsync(b => b.AccountId == authorId)));
    }

    [Fact]
    public async Task Dismiss_ClosesTheReports_AndTheLogPageShowsEveryAction()
    {
        var (_, commentId, _, author) = await CommentedIdeaAsync("preetz", "Harmloser Kommentar");
        using var _author = author;
        var (reporter, _) = await SignedInAsync(app, "melderin");
        using var _reporter = reporter;
        using var _ = await ReportAsync(reporter, commentId, "Gefällt mir nicht");
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "ploen"));
        using var _editor = editor;

        using var dismissed = await ActAsync(editor, commentId, "Dismiss", ("DismissReason", "Kein Regelverstoß"));
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal("dismissed", await app.QueryAsync(db => db.Set<ContentFlag>().Where(f => f.ContentId == commentId && f.ContentKind == "comment").Select(f => f.Resolution).SingleAsync()));
        Assert.Equal([ModerationAction.Dismiss], await LogActionsAsync(commentId));

        var ploenId = await app.AreaIdAsync("ploen");
        var log = await editor.GetHtmlAsync($"/participation/moderation/log?area={ploenId}&action=dismiss");
        Assert.Contains("Kein Regelverstoß", log, StringComparison.Ordinal);
        var kielId = await app.AreaIdAsync("kiel");
        using var kielLog = await editor.GetAsync($"/participation/moderation/log?area={kielId}");
        Assert.Equal(HttpStatusCode.Forbidden, kielLog.StatusCode);
        var (kielModerator, _) = await SignedInAsync(app, "kiel", (Roles.Moderator, "kiel"));
        using var _kiel = kielModerator;
        Assert.DoesNotContain("Kein Regelverstoß", await kielModerator.GetHtmlAsync("/participation/moderation/log"), StringComparison.Ordinal);
        using var residentLog = await reporter.GetAsync("/participation/moderation/log");
        Assert.Equal(HttpStatusCode.Forbidden, residentLog.StatusCode);
    }

    [Fact]
    public async Task Report_SentTwiceAtOnce_CreatesOneOpenFlag()
    {
        var (_, commentId, _, author) = await CommentedIdeaAsync("kiel", "Umstrittener Kommentar");
        using var _author = author;
        var (reporter, reporterId) = await SignedInAsync(app, "melderin");
        using var _reporter = reporter;
        var token = WebSession.AntiforgeryToken(await reporter.GetHtmlAsync($"/participation/report-content?kind=comment&id={commentId}"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var content = new FormUrlEncodedContent([new("Input.Reason", "Falsche Tatsachenbehauptung"), new("__RequestVerificationToken", token)]);
            using var response = await reporter.Client.PostAsync(new Uri($"/participation/report-content?kind=comment&id={commentId}", UriKind.Relative), content);
            return response.StatusCode;
        }));

        Assert.All(responses, status => Assert.True(status is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Unexpected {status}"));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<ContentFlag>().CountAsync(f => f.ReporterId == reporterId && f.ContentId == commentId && f.ResolvedAt == null)));
        Assert.Contains("bereits gemeldet", await reporter.GetHtmlAsync($"/participation/report-content?kind=comment&id={commentId}"), StringComparison.Ordinal);
    }
}

public sealed class ModerationTestsOnSqlite(SqliteApp app) : ModerationTests(app), IClassFixture<SqliteApp>;

public sealed class ModerationTestsOnPostgres(PostgresApp app) : ModerationTests(app), IClassFixture<PostgresApp>;

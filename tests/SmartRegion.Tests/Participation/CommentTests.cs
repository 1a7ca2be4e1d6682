using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.CommentFixtures;

namespace SmartRegion.Tests.Participation;

public abstract class CommentTests(SmartRegionApp app)
{
    [Fact]
    public async Task Thread_CommentAndRepliesToDepthThree_AreNestedCountedAndDeeperRefused()
    {
        var ideaId = await IdeaAsync(app, "kiel-gaarden-ost");
        var (anna, _) = await SignedInAsync(app, "anna");
        var (ben, _) = await SignedInAsync(app, "ben");
        using var _a = anna;
        using var _b = ben;

        using var first = await CommentAsync(anna, ideaId, "Gute Idee, der Platz braucht das.");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var rootId = await LastCommentIdAsync(app, ideaId);
        Assert.Equal($"/participation/comments/idea/{ideaId}#comment-{rootId}", first.Headers.Location?.ToString());
        using var reply = await CommentAsync(ben, ideaId, "Aber wo genau?", rootId);
        var replyId = await LastCommentIdAsync(app, ideaId);
        using var replyToReply = await CommentAsync(anna, ideaId, "Vor der Bäckerei.", replyId);
        var deepestId = await LastCommentIdAsync(app, ideaId);
        using var tooDeep = await CommentAsync(ben, ideaId, "Noch tiefer.", deepestId);

        Assert.Equal(HttpStatusCode.Redirect, replyToReply.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tooDeep.StatusCode);
        Assert.Contains("Auf diese Antwort kann nicht weiter geantwortet werden", await tooDeep.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await CommentCountAsync(app, ideaId));

        var html = await anna.GetHtmlAsync($"/participation/comments/idea/{ideaId}");
        Assert.Contains("Kommentare (3)", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Gute Idee", StringComparison.Ordinal) < html.IndexOf("Aber wo genau?", StringComparison.Ordinal));
        Assert.Equal(2, html.Split("comment-list--replies").Length - 1);

        using var api = await anna.GetAsync($"/api/participation/comments?subject=idea&id={ideaId}");
        using var tree = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var root = Assert.Single(tree.RootElement.EnumerateArray());
        var child = Assert.Single(root.GetProperty("replies").EnumerateArray());
        var grandchild = Assert.Single(child.GetProperty("replies").EnumerateArray());
        Assert.Equal("Vor der Bäckerei.", grandchild.GetProperty("body").GetString());
        Assert.Equal(replyId, grandchild.GetProperty("parentId").GetInt64());

        using var flat = await anna.GetAsync($"/api/participation/comments?subject=idea&id={ideaId}&flat=true");
        using var list = JsonDocument.Parse(await flat.Content.ReadAsStringAsync());
        Assert.Equal(3, list.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Edit_WithinFifteenMinutes_SavesAndShowsEdited_AfterwardsRefused()
    {
        var ideaId = await IdeaAsync(app, "kiel-gaarden-ost");
        var (anna, _) = await SignedInAsync(app, "anna");
        using var _a = anna;
        using var created = await CommentAsync(anna, ideaId, "Tippfehlr");
        var id = await LastCommentIdAsync(app, ideaId);

        using var edited = await anna.PostFormAsync($"/participation/comments/{id}/edit?returnUrl=/participation/comments/idea/{ideaId}", ("Input.Body", "Tippfehler"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var html = await anna.GetHtmlAsync($"/participation/comments/idea/{ideaId}");
        Assert.Contains("Tippfehler", html, StringComparison.Ordinal);
        Assert.Contains("bearbeitet", html, StringComparison.Ordinal);

        await app.QueryAsync(db => db.Set<Comment>().Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, DateTime.UtcNow.AddMinutes(-16))));
        var form = await anna.GetHtmlAsync($"/participation/comments/{id}/edit");
        Assert.Contains("Die 15 Minuten zum Bearbeiten sind vorbei", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Body\"", form, StringComparison.Ordinal);

        using var late = await anna.Client.PutAsJsonAsync($"/api/participation/comments/{id}", new { body = "Ganz anders" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        var token = WebSession.AntiforgeryToken(await anna.GetHtmlAsync("/account/change-password"));
        using var content = new FormUrlEncodedContent([new("Input.Body", "Ganz anders"), new("__RequestVerificationToken", token)]);
        using var latePage = await anna.Client.PostAsync(new Uri($"/participation/comments/{id}/edit", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, latePage.StatusCode);
        Assert.Equal("Tippfehler", await app.QueryAsync(db => db.Set<Comment>().Where(c => c.Id == id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task Api_PostAndPut_FollowTheRulesWithProblemDetails()
    {
        var ideaId = await IdeaAsync(app, "ploen");
        var (anna, _) = await SignedInAsync(app, "anna");
        var (ben, _) = await SignedInAsync(app, "ben");
        using var _a = anna;
        using var _b = ben;
        using var anonymous = app.NewSession();

        using var unauthenticated = await anonymous.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = ideaId, body = "Hallo", language = "de" });
        using var empty = await anna.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = ideaId, body = "  ", language = "de" });
        using var unknownSubject = await anna.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = ideaId + 1000, body = "Hallo", language = "de" });
        using var created = await anna.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = ideaId, body = "مرحبا بالجميع", language = "ar" });

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"body\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownSubject.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetInt64();

        using var foreign = await ben.Client.PutAsJsonAsync($"/api/participation/comments/{id}", new { body = "Übernommen" });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        using var own = await anna.Client.PutAsJsonAsync($"/api/participation/comments/{id}", new { body = "مرحبا" });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var html = await anna.GetHtmlAsync($"/participation/comments/idea/{ideaId}");
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await CommentCountAsync(app, ideaId));
    }

    [Fact]
    public async Task Comment_PhaseWithoutComments_IsRefused()
    {
        var processId = await ProcessAsync(app, "preetz", commentsOpen: false);
        var ideaId = await IdeaAsync(app, "preetz", processId);
        var (anna, _) = await SignedInAsync(app, "anna");
        using var _a = anna;

        using var response = await anna.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = ideaId, body = "Hallo", language = "de" });
        var html = await anna.GetHtmlAsync($"/participation/comments/idea/{ideaId}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Kommentieren ist derzeit nicht möglich.", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<Comment>().AnyAsync(c => c.SubjectId == ideaId && c.SubjectKind == "idea")));

        var openProcess = await ProcessAsync(app, "preetz", commentsOpen: true);
        var openIdea = await IdeaAsync(app, "preetz", openProcess);
        using var accepted = await anna.Client.PostAsJsonAsync("/api/participation/comments", new { subject = "idea", id = openIdea, body = "Hallo", language = "de" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task Comment_HoneypotFilled_IsDroppedSilently()
    {
        var ideaId = await IdeaAsync(app, "kiel");
        var (anna, _) = await SignedInAsync(app, "anna");
        using var _a = anna;

        using var response = await anna.PostFormAsync(
            $"/participation/comments/idea/{ideaId}",
            [new("Input.SubjectKind", "idea"), new("Input.SubjectId", ideaId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Body", "Kaufen Sie jetzt!"), new("Input.Language", "de"), new("homepage", "http://spam.example")],
            "/participation/comments/write");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await CommentCountAsync(app, ideaId));
    }

    [Fact]
    public async Task Write_ForeignReturnUrl_LeadsToTheParticipationPage()
    {
        var ideaId = await IdeaAsync(app, "kiel");
        var (anna, _) = await SignedInAsync(app, "anna");
        using var _a = anna;

        using var response = await anna.PostFormAsync(
            $"/participation/comments/idea/{ideaId}",
            [new("Input.SubjectKind", "idea"), new("Input.SubjectId", ideaId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Body", "Hallo"), new("Input.Language", "de"), new("Input.ReturnUrl", "//evil.example/")],
            "/participation/comments/write");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/participation#comment-", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

public sealed class CommentTestsOnSqlite(SqliteApp app) : CommentTests(app), IClassFixture<SqliteApp>;

public sealed class CommentTestsOnPostgres(PostgresApp app) : CommentTests(app), IClassFixture<PostgresApp>;

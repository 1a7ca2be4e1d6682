using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.Ideas.IdeaTestData;

namespace SmartRegion.Tests.Participation.Ideas;

public abstract class IdeaAnswerTests(SmartRegionApp app)
{
    [Fact]
    public async Task Answer_EditorOfTheArea_SetsStatusAndNotifiesFollowers()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        var follower = await app.CreatePersonAsync($"folgt-{Guid.NewGuid():N}@example.org", Password);
        await app.QueryAsync(async db =>
        {
            db.Add(new Follow { AccountId = follower.Id, SubjectKind = "idea", SubjectId = id, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var editor = await SignedInAsync(app, "kiel-redaktion", (Roles.Editor, "kiel"));

        var page = await editor.GetHtmlAsync($"/participation/ideas/{id}");
        Assert.Contains("Offizielle Antwort geben", page, StringComparison.Ordinal);
        using var response = await editor.PostFormAsync(
            $"/participation/ideas/{id}", [new("Answer.Status", "Accepted"), new("Answer.Text", "Wir stellen zwei Bänke auf.")], $"/participation/ideas/{id}?handler=Answer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var idea = await app.QueryAsync(db => db.Set<Idea>().SingleAsync(i => i.Id == id));
        Assert.Equal(IdeaStatus.Accepted, idea.Status);
        Assert.Equal("Wir stellen zwei Bänke auf.", idea.OfficialAnswer);
        var notification = await app.QueryAsync(db => db.Set<Notification>().SingleAsync(n => n.AccountId == follower.Id && n.SubjectId == id));
        Assert.Contains("Angenommen", notification.TextDe, StringComparison.Ordinal);
        Assert.Contains("Accepted", notification.TextEn, StringComparison.Ordinal);
        Assert.Contains("Wir stellen zwei Bänke auf.", await editor.GetHtmlAsync($"/participation/ideas/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_EditorOfPloen_IsForbiddenOnAKielIdea()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var editor = await SignedInAsync(app, "ploen-redaktion", (Roles.Editor, "ploen"));

        var page = await editor.GetHtmlAsync($"/participation/ideas/{id}");
        Assert.DoesNotContain("Offizielle Antwort geben", page, StringComparison.Ordinal);
        using var viaPage = await editor.PostFormAsync(
            $"/participation/ideas/{id}", [new("Answer.Status", "Rejected"), new("Answer.Text", "Nein.")], $"/participation/ideas/{id}?handler=Answer");
        Assert.Equal(HttpStatusCode.Forbidden, viaPage.StatusCode);
        using var viaApi = await editor.Client.PutAsJsonAsync($"/api/participation/ideas/{id}/answer", new { status = "Rejected", answer = "Nein." });
        Assert.Equal(HttpStatusCode.Forbidden, viaApi.StatusCode);

        Assert.Equal(IdeaStatus.Received, await app.QueryAsync(db => db.Set<Idea>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Moderator)]
    [InlineData(null)]
    public async Task Answer_NotAnEditor_IsForbidden(string? role)
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var person = role is null ? await SignedInAsync(app, "bewohner") : await SignedInAsync(app, "moderation", (role, "kiel"));

        using var response = await person.Client.PutAsJsonAsync($"/api/participation/ideas/{id}/answer", new { status = "Accepted" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Answer_RejectedWithoutReason_ShowsTheMessageNextToTheField()
    {
        var id = await IdeaAsync(app, "kiel-gaarden-ost");
        using var editor = await SignedInAsync(app, "ohne-grund", (Roles.Editor, "kiel"));

        using var response = await editor.PostFormAsync(
            $"/participation/ideas/{id}", [new("Answer.Status", "Rejected"), new("Answer.Text", " ")], $"/participation/ideas/{id}?handler=Answer");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bitte begründen Sie die Ablehnung.", ErrorNextTo(await response.Content.ReadAsStringAsync(), "Answer_Text"));

        using var viaApi = await editor.Client.PutAsJsonAsync($"/api/participation/ideas/{id}/answer?culture=en", new { status = "Rejected" });
        Assert.Equal(HttpStatusCode.BadRequest, viaApi.StatusCode);
        Assert.Contains("Please give the reason for the rejection.", await viaApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(IdeaStatus.Received, await app.QueryAsync(db => db.Set<Idea>().Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Answer_ViaApiByEditor_ReturnsTheAnsweredIdea()
    {
        var id = await IdeaAsync(app, "preetz");
        using var editor = await SignedInAsync(app, "kreis-ploen", (Roles.Editor, "ploen"));

        using var response = await editor.Client.PutAsJsonAsync($"/api/participation/ideas/{id}/answer", new { status = "Rejected", answer = "Der Platz gehört der Bahn." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var idea = await response.Content.ReadFromJsonAsync<IdeaDto>();
        Assert.Equal("Rejected", idea!.Status);
        Assert.Equal("Der Platz gehört der Bahn.", idea.OfficialAnswer);
    }
}

public sealed class IdeaAnswerTestsOnSqlite(SqliteApp app) : IdeaAnswerTests(app), IClassFixture<SqliteApp>;

public sealed class IdeaAnswerTestsOnPostgres(PostgresApp app) : IdeaAnswerTests(app), IClassFixture<PostgresApp>;

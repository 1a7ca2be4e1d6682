using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Participation.MeasureSteps;

namespace SmartRegion.Tests.Participation;

public abstract class FollowingTests(SmartRegionApp app)
{
    private static async Task<int> LinkIdeaAsync(WebSession editor, int measureId, int ideaId)
    {
        using var linked = await editor.PostFormAsync(
            $"/participation/measures/{measureId}/links", [new("Idea.IdeaId", ideaId.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/participation/measures/{measureId}/links?handler=Idea");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        return ideaId;
    }

    [Fact]
    public async Task StatusChange_FollowersOfMeasureAndOfLinkedIdea_AreNotifiedAndMailedAsTheyChose()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        var (measureFan, measureFanUser) = await SignedInAsync(app, "measure-fan");
        var (author, authorUser) = await SignedInAsync(app, "author");
        var (quiet, quietUser) = await SignedInAsync(app, "quiet");
        var (both, bothUser) = await SignedInAsync(app, "both");
        using (editor)
        using (measureFan)
        using (author)
        using (quiet)
        using (both)
        {
            var measure = await CreateMeasureAsync(app, editor, "kiel", "Tempo 30 vor der Schule");
            var idea = await InsertIdeaAsync(app, "kiel-gaarden-ost", "Langsamer vor der Schule", authorUser.Id);
            await FollowAsync(measureFan, SubjectKinds.Measure, measure);
            await FollowAsync(quiet, SubjectKinds.Idea, idea);
            await FollowAsync(both, SubjectKinds.Idea, idea);
            await FollowAsync(both, SubjectKinds.Measure, measure);
            await ChooseMailAsync(measureFan, NotificationMail.Immediately);
            await ChooseMailAsync(both, NotificationMail.Immediately);
            await ChooseMailAsync(quiet, NotificationMail.None);

            await LinkIdeaAsync(editor, measure, idea);
            await ChangeStatusAsync(editor, measure, MeasureStatus.InProgress, "Die Schilder sind bestellt.");

            var authorInbox = await author.GetHtmlAsync("/account/inbox");
            Assert.Contains("Aus der Idee „Langsamer vor der Schule“ ist eine Sofortmaßnahme geworden", authorInbox, StringComparison.Ordinal);
            Assert.Contains("„Tempo 30 vor der Schule“, die aus der Idee „Langsamer vor der Schule“ hervorgegangen ist, hat einen neuen Stand: In Umsetzung.", authorInbox, StringComparison.Ordinal);
            Assert.Contains("Neu:", authorInbox, StringComparison.Ordinal);
            Assert.Contains("Neuer Stand der Sofortmaßnahme „Tempo 30 vor der Schule“: In Umsetzung.", await measureFan.GetHtmlAsync("/account/inbox"), StringComparison.Ordinal);
            Assert.Equal(2, await app.QueryAsync(db => db.Set<Notification>().CountAsync(n => n.AccountId == bothUser.Id)));
            Assert.Equal(2, await app.QueryAsync(db => db.Set<Notification>().CountAsync(n => n.AccountId == quietUser.Id)));
            Assert.False(await app.QueryAsync(db => db.Set<Notification>().AnyAsync(n => n.SubjectId == measure && n.SubjectKind == SubjectKinds.Measure && n.AccountId != measureFanUser.Id && n.AccountId != bothUser.Id)));

            await DeliverAsync(app, DateTimeOffset.UtcNow);

            var fanMails = await Mailbox.ToAsync(app.MailFolder, measureFanUser.Email!);
            Assert.Single(fanMails);
            Assert.Contains("/participation/measures/" + measure, fanMails[0].TextBody, StringComparison.Ordinal);
            Assert.Single(await Mailbox.ToAsync(app.MailFolder, bothUser.Email!));
            Assert.Empty(await Mailbox.ToAsync(app.MailFolder, authorUser.Email!));
            Assert.Empty(await Mailbox.ToAsync(app.MailFolder, quietUser.Email!));

            await DeliverAsync(app, TomorrowsDigest());

            var digest = Assert.Single(await Mailbox.ToAsync(app.MailFolder, authorUser.Email!));
            Assert.Contains("2 Neuigkeiten", digest.Subject, StringComparison.Ordinal);
            Assert.Contains("Langsamer vor der Schule", digest.TextBody, StringComparison.Ordinal);
            Assert.Single(await Mailbox.ToAsync(app.MailFolder, measureFanUser.Email!));
            Assert.Empty(await Mailbox.ToAsync(app.MailFolder, quietUser.Email!));
        }
    }

    [Fact]
    public async Task Unfollow_StopsFurtherNotifications()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        var (follower, followerUser) = await SignedInAsync(app, "follower");
        using (editor)
        using (follower)
        {
            var measure = await CreateMeasureAsync(app, editor, "kiel", "Neue Beleuchtung im Park");
            await FollowAsync(follower, SubjectKinds.Measure, measure);
            Assert.Contains("Nicht mehr folgen", await follower.GetHtmlAsync($"/participation/measures/{measure}"), StringComparison.Ordinal);
            await ChangeStatusAsync(editor, measure, MeasureStatus.InProgress, "Begonnen.");

            await FollowAsync(follower, SubjectKinds.Measure, measure, follow: false);
            await ChangeStatusAsync(editor, measure, MeasureStatus.Stopped, "Kein Strom.");

            var texts = await app.QueryAsync(db => db.Set<Notification>().Where(n => n.AccountId == followerUser.Id).Select(n => n.TextDe).ToListAsync());
            Assert.Equal(["Neuer Stand der Sofortmaßnahme „Neue Beleuchtung im Park“: In Umsetzung."], texts);
            using var api = await follower.Client.PostAsJsonAsync("/api/participation/follows", new { subjectKind = "measure", subjectId = measure });
            Assert.Equal(HttpStatusCode.NoContent, api.StatusCode);
            Assert.True(await app.QueryAsync(db => db.Set<Follow>().AnyAsync(f => f.AccountId == followerUser.Id && f.SubjectId == measure)));
            using var apiUnfollow = await follower.Client.DeleteAsync(new Uri($"/api/participation/follows?subjectKind=measure&subjectId={measure}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NoContent, apiUnfollow.StatusCode);
            Assert.False(await app.QueryAsync(db => db.Set<Follow>().AnyAsync(f => f.AccountId == followerUser.Id && f.SubjectId == measure)));
        }
    }

    [Fact]
    public async Task Inbox_ShowsOnlyTheOwnNotifications()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        var (follower, followerUser) = await SignedInAsync(app, "follower");
        var (other, _) = await SignedInAsync(app, "other");
        using (editor)
        using (follower)
        using (other)
        {
            var measure = await CreateMeasureAsync(app, editor, "kiel", "Sitzbänke an der Kiellinie");
            await FollowAsync(follower, SubjectKinds.Measure, measure);
            await ChangeStatusAsync(editor, measure, MeasureStatus.Done, "Aufgestellt.");

            Assert.DoesNotContain("Sitzbänke an der Kiellinie", await other.GetHtmlAsync("/account/inbox"), StringComparison.Ordinal);
            var otherApi = await other.Client.GetFromJsonAsync<List<NotificationDto>>(new Uri("/api/participation/notifications", UriKind.Relative));
            Assert.DoesNotContain(otherApi!, n => n.SubjectId == measure && n.SubjectKind == SubjectKinds.Measure);
            var ownApi = await follower.Client.GetFromJsonAsync<List<NotificationDto>>(new Uri("/api/participation/notifications", UriKind.Relative));
            Assert.Contains(ownApi!, n => n.SubjectId == measure && !n.IsRead);

            using var anonymous = app.NewSession();
            using var page = await anonymous.GetAsync("/account/inbox");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/login", page.Headers.Location?.ToString(), StringComparison.Ordinal);
            using var api = await anonymous.GetAsync("/api/participation/notifications");
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

            using var read = await follower.PostFormAsync("/account/inbox", [], "/account/inbox?handler=MarkRead");
            Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
            Assert.False(await app.QueryAsync(db => db.Set<Notification>().AnyAsync(n => n.AccountId == followerUser.Id && n.ReadAt == null)));
        }
    }

    [Fact]
    public async Task Follow_ParallelRequests_MakeOneFollow()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        var (follower, followerUser) = await SignedInAsync(app, "follower");
        using (editor)
        using (follower)
        {
            var measure = await CreateMeasureAsync(app, editor, "kiel", "Parkbank am Schrevenpark");

            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
                follower.Client.PostAsJsonAsync("/api/participation/follows", new { subjectKind = "measure", subjectId = measure })));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
            foreach (var response in responses)
            {
                response.Dispose();
            }

            Assert.Equal(1, await app.QueryAsync(db => db.Set<Follow>().CountAsync(f => f.AccountId == followerUser.Id && f.SubjectId == measure)));
        }
    }

    [Fact]
    public async Task Follow_WithForeignReturnUrl_StaysOnTheSite()
    {
        var (editor, _) = await SignedInAsync(app, "editor", (Roles.Editor, "kiel"));
        var (follower, _) = await SignedInAsync(app, "follower");
        using (editor)
        using (follower)
        {
            var measure = await CreateMeasureAsync(app, editor, "kiel", "Radweg Eckernförder Straße");
            using var response = await follower.PostFormAsync(
                "/account/inbox",
                [new("SubjectKind", "measure"), new("SubjectId", measure.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("ReturnUrl", "https://evil.example/"), new("Follow", "true")],
                "/participation/follow");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/#follow-measure-", response.Headers.Location?.ToString(), StringComparison.Ordinal);
            using var unknown = await follower.PostFormAsync("/account/inbox", [new("SubjectKind", "planet"), new("SubjectId", "1"), new("ReturnUrl", "/"), new("Follow", "true")], "/participation/follow");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
    }
}

public sealed class FollowingTestsOnSqlite(MeasuresSqliteApp app) : FollowingTests(app), IClassFixture<MeasuresSqliteApp>;

public sealed class FollowingTestsOnPostgres(MeasuresPostgresApp app) : FollowingTests(app), IClassFixture<MeasuresPostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Events;

/// <summary>Submitting, reviewing and seeing events, with the permissions of each role and area.</summary>
public abstract class EventsTests(SmartRegionApp app)
{
    private readonly EventsTestKit kit = new(app);

    private static (string, string)[] FormFields(string title, string areaId, string startDate = "2027-06-12", string startTime = "15:00", string endTime = "18:00") =>
    [
        ("Input.Title", title), ("Input.Description", "Kaffee, Kuchen und Musik auf dem Platz."), ("Input.Language", "de"),
        ("Input.AreaId", areaId), ("Input.StartDate", startDate), ("Input.StartTime", startTime), ("Input.EndDate", ""),
        ("Input.EndTime", endTime), ("Input.PlaceName", "Vinetaplatz"), ("Input.Address", "Vinetaplatz 1, Kiel"),
        ("Input.Latitude", ""), ("Input.Longitude", ""), ("Input.OrganiserName", ""), ("Input.ContactLink", ""),
    ];

    [Fact]
    public async Task Submit_ThroughForm_IsPendingAndSeenOnlyBySubmitterAndModerators()
    {
        var (resident, residentId) = await kit.ResidentAsync();
        var title = EventsTestKit.Unique("Sommerfest");
        var gaarden = EventsTestKit.Id(await app.AreaIdAsync("kiel-gaarden-ost"));

        using var posted = await resident.PostFormAsync("/participation/events/new", FormFields(title, gaarden));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        Assert.Matches("^/participation/events/[0-9]+\\?submitted=true$", location);
        var path = location.Split('?')[0];
        var stored = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().SingleAsync(e => e.Title == title));
        Assert.Equal(EventStatus.Pending, stored.Status);
        Assert.Equal(residentId, stored.SubmittedBy);
        Assert.Equal(new DateTime(2027, 6, 12, 13, 0, 0), stored.StartsAt);
        Assert.Contains(title, await resident.GetHtmlAsync(location), StringComparison.Ordinal);
        Assert.Contains(title, await resident.GetHtmlAsync("/participation/events/mine"), StringComparison.Ordinal);

        using var anonymous = app.NewSession();
        await anonymous.GetHtmlAsync(path, HttpStatusCode.NotFound);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/participation/events?area=kiel"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/participation/events/month?year=2027&month=6"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/api/participation/events?from=2027-06-01&to=2027-06-30"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/participation/events/calendar/kiel.ics"), StringComparison.Ordinal);
        await anonymous.GetHtmlAsync($"/api/participation/events/{stored.Id}", HttpStatusCode.NotFound);
        await anonymous.GetHtmlAsync($"{path}.ics", HttpStatusCode.NotFound);

        var (otherResident, _) = await kit.ResidentAsync();
        await otherResident.GetHtmlAsync(path, HttpStatusCode.NotFound);
        var (kielModerator, _) = await kit.ModeratorAsync("kiel");
        Assert.Contains(title, await kielModerator.GetHtmlAsync(path), StringComparison.Ordinal);
        Assert.Contains(title, await kielModerator.GetHtmlAsync("/participation/events/review"), StringComparison.Ordinal);
        var (ploenModerator, _) = await kit.ModeratorAsync("ploen");
        await ploenModerator.GetHtmlAsync(path, HttpStatusCode.NotFound);
        Assert.DoesNotContain(title, await ploenModerator.GetHtmlAsync("/participation/events/review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ByModeratorOfParentArea_ListsEventAndPutsItInAreaAndParentFeeds()
    {
        var (resident, residentId) = await kit.ResidentAsync();
        var title = EventsTestKit.Unique("Flohmarkt");
        var id = await EventsTestKit.SubmitAsync(resident, "kiel-gaarden-ost", title, "2027-05-08 10:00", "2027-05-08 16:00");
        var (moderator, moderatorId) = await kit.ModeratorAsync("kiel");

        using var approved = await moderator.PostFormAsync("/participation/events/review", [], $"/participation/events/review?handler=Approve&id={id}");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var stored = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().SingleAsync(e => e.Id == id));
        Assert.Equal(EventStatus.Approved, stored.Status);
        Assert.Equal(moderatorId, stored.ReviewedBy);
        var log = await app.QueryAsync(db => db.Set<ModerationLogEntry>().SingleAsync(l => l.ContentKind == "event" && l.ContentId == id));
        Assert.Equal(("approve", moderatorId, residentId), (log.Action, log.ModeratorId, log.AccountId));
        Assert.True(await app.QueryAsync(db => db.Set<Notification>().AnyAsync(n => n.AccountId == residentId && n.SubjectKind == "event" && n.SubjectId == id)));

        using var anonymous = app.NewSession();
        Assert.Contains(title, await anonymous.GetHtmlAsync($"/participation/events/{id}"), StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetHtmlAsync("/participation/events?area=kiel"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/participation/events?area=ploen"), StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetHtmlAsync("/participation/events/calendar/kiel-gaarden-ost.ics"), StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetHtmlAsync("/participation/events/calendar/kiel.ics"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/participation/events/calendar/ploen.ics"), StringComparison.Ordinal);
        var listed = await anonymous.GetHtmlAsync("/api/participation/events?area=kiel&from=2027-05-08&to=2027-05-08");
        Assert.Contains(title, listed, StringComparison.Ordinal);

        using var again = await moderator.Client.PostAsync(new Uri($"/api/participation/events/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Reject_WithoutReason_ShowsErrorAtTheField_WithReason_IsRecordedAndShownToSubmitter()
    {
        var (resident, residentId) = await kit.ResidentAsync();
        var title = EventsTestKit.Unique("Lautes Fest");
        var id = await EventsTestKit.SubmitAsync(resident, "kiel-gaarden-ost", title, "2027-05-09 20:00", "2027-05-09 23:00");
        var (moderator, moderatorId) = await kit.ModeratorAsync("kiel-gaarden-ost");

        using var noReason = await moderator.PostFormAsync("/participation/events/review", [new("reason", "  ")], $"/participation/events/review?handler=Reject&id={id}");
        var html = await noReason.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains($"id=\"reason-{id}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Bitte begründen Sie die Ablehnung", html, StringComparison.Ordinal);
        Assert.Equal(EventStatus.Pending, await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));

        using var rejected = await moderator.PostFormAsync("/participation/events/review", [new("reason", "Bitte mit Ende um 22 Uhr neu einreichen.")], $"/participation/events/review?handler=Reject&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var stored = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().SingleAsync(e => e.Id == id));
        Assert.Equal((EventStatus.Rejected, "Bitte mit Ende um 22 Uhr neu einreichen."), (stored.Status, stored.RejectionReason));
        var log = await app.QueryAsync(db => db.Set<ModerationLogEntry>().SingleAsync(l => l.ContentKind == "event" && l.ContentId == id));
        Assert.Equal(("reject", moderatorId, "Bitte mit Ende um 22 Uhr neu einreichen."), (log.Action, log.ModeratorId, log.Reason));
        Assert.Equal(residentId, log.AccountId);
        Assert.Contains("Bitte mit Ende um 22 Uhr neu einreichen.", await resident.GetHtmlAsync("/participation/events/mine"), StringComparison.Ordinal);
        using var anonymous = app.NewSession();
        await anonymous.GetHtmlAsync($"/participation/events/{id}", HttpStatusCode.NotFound);

        using var apiNoReason = await moderator.Client.PostAsJsonAsync(new Uri($"/api/participation/events/{id}/reject", UriKind.Relative), new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, apiNoReason.StatusCode);
    }

    [Fact]
    public async Task Review_ModeratorOfPloen_IsForbiddenOnKielEvent_EditorOfKielMayDecide()
    {
        var (resident, _) = await kit.ResidentAsync();
        var id = await EventsTestKit.SubmitAsync(resident, "kiel-gaarden-ost", EventsTestKit.Unique("Lesung"), "2027-05-10 18:00", "2027-05-10 19:00");
        var (ploenModerator, _) = await kit.ModeratorAsync("ploen");

        using var pageApprove = await ploenModerator.PostFormAsync("/participation/events/review", [], $"/participation/events/review?handler=Approve&id={id}");
        Assert.Equal(HttpStatusCode.Forbidden, pageApprove.StatusCode);
        using var apiApprove = await ploenModerator.Client.PostAsync(new Uri($"/api/participation/events/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, apiApprove.StatusCode);
        using var apiReject = await ploenModerator.Client.PostAsJsonAsync(new Uri($"/api/participation/events/{id}/reject", UriKind.Relative), new { reason = "Nein." });
        Assert.Equal(HttpStatusCode.Forbidden, apiReject.StatusCode);
        using var residentApprove = await resident.Client.PostAsync(new Uri($"/api/participation/events/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, residentApprove.StatusCode);
        using var anonymous = app.NewSession();
        using var anonymousApprove = await anonymous.Client.PostAsync(new Uri($"/api/participation/events/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousApprove.StatusCode);
        Assert.Equal(EventStatus.Pending, await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
        Assert.False(await app.QueryAsync(db => db.Set<ModerationLogEntry>().AnyAsync(l => l.ContentKind == "event" && l.ContentId == id)));

        using var residentQueue = await resident.GetAsync("/participation/events/review");
        Assert.Equal(HttpStatusCode.Forbidden, residentQueue.StatusCode);

        var (kielEditor, _) = await kit.PersonAsync("editor", (Roles.Editor, "kiel"));
        await EventsTestKit.ApproveAsync(kielEditor, id);
        Assert.Equal(EventStatus.Approved, await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Review_TwoModeratorsAtOnce_OnlyOneDecisionCounts()
    {
        var (resident, _) = await kit.ResidentAsync();
        var id = await EventsTestKit.SubmitAsync(resident, "kiel-gaarden-ost", EventsTestKit.Unique("Konzert"), "2027-05-11 18:00", "2027-05-11 19:00");
        var moderators = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => kit.ModeratorAsync("kiel")));

        var responses = await Task.WhenAll(moderators.Select(m => m.Session.Client.PostAsync(new Uri($"/api/participation/events/{id}/approve", UriKind.Relative), null)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<ModerationLogEntry>().CountAsync(l => l.ContentKind == "event" && l.ContentId == id)));
    }

    [Fact]
    public async Task Submit_InvalidForm_ShowsEachErrorNextToItsField()
    {
        var (resident, _) = await kit.ResidentAsync();
        var fields = FormFields(new string('x', 151), "", "2020-01-01", "15:00", "14:00");

        using var posted = await resident.PostFormAsync("/participation/events/new", fields);

        var html = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("id=\"Input_Title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("höchstens 150 Zeichen", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_AreaId-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_StartDate-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Der Beginn liegt in der Vergangenheit", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_EndTime-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Das Ende muss nach dem Beginn liegen", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);

        using var empty = await resident.PostFormAsync("/participation/events/new", []);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Input_Title-error\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_StartDate-error\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_PlaceName-error\"", emptyHtml, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().AnyAsync(e => e.SubmittedBy != null && e.Title.Length > 150)));
    }

    [Fact]
    public async Task Submit_InvalidJson_AnswersProblemDetailsPerField()
    {
        var (resident, _) = await kit.ResidentAsync();
        var body = new { area = "nirgendwo", title = "", description = "x", startDate = "2027-06-12", startTime = "15:00:00", endTime = "14:00:00", placeName = "Platz", contactLink = "javascript:alert(1)" };

        using var response = await resident.Client.PostAsJsonAsync(new Uri("/api/participation/events?culture=en", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("area", out _));
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("endTime", out _));
        Assert.True(errors.TryGetProperty("contactLink", out _));
    }

    [Fact]
    public async Task Submit_AnonymousOrHoneypotOrBlocked_StoresNothing()
    {
        using var anonymous = app.NewSession();
        using var form = await anonymous.GetAsync("/participation/events/new");
        Assert.Contains("/account/login", form.Headers.Location?.ToString(), StringComparison.Ordinal);
        using var api = await anonymous.Client.PostAsJsonAsync(new Uri("/api/participation/events", UriKind.Relative), new { area = "kiel", title = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        var (resident, residentId) = await kit.ResidentAsync();
        var gaarden = await app.AreaIdAsync("kiel-gaarden-ost");
        var botTitle = EventsTestKit.Unique("Bot");
        using var bot = await resident.PostFormAsync("/participation/events/new", FormFields(botTitle, EventsTestKit.Id(gaarden)).Append(("homepage", "http://spam.example")).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().AnyAsync(e => e.Title == botTitle)));

        await app.QueryAsync(async db =>
        {
            db.Add(new AccountBlock { AccountId = residentId, AreaId = await app.AreaIdAsync("kiel"), Until = DateTime.UtcNow.AddDays(7), Reason = "Spam", CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var blockedTitle = EventsTestKit.Unique("Gesperrt");
        using var blocked = await resident.PostFormAsync("/participation/events/new", FormFields(blockedTitle, EventsTestKit.Id(gaarden)));
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Contains("für Beiträge gesperrt", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var blockedApi = await resident.Client.PostAsJsonAsync(new Uri("/api/participation/events", UriKind.Relative), new
        {
            area = "kiel-gaarden-ost",
            title = blockedTitle,
            description = "x",
            startDate = "2027-06-12",
            startTime = "15:00:00",
            endTime = "16:00:00",
            placeName = "Platz",
        });
        Assert.Equal(HttpStatusCode.Forbidden, blockedApi.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().AnyAsync(e => e.Title == blockedTitle)));
    }

    [Fact]
    public async Task Hide_ThroughModeratedContent_RemovesEventFromFeedAndShowsNotice()
    {
        var title = EventsTestKit.Unique("Versteckt");
        var id = await kit.ApprovedAsync("kiel-gaarden-ost", title, "2027-05-12 10:00", "2027-05-12 11:00");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var moderation = scope.ServiceProvider.GetServices<IModeratedContent>().Single(c => c.Kind == "event");
            var item = await moderation.FindAsync(id, CancellationToken.None);
            Assert.Equal((id, false, $"/participation/events/{id}"), ((int)item!.Id, item.IsHidden, item.Link));
            await moderation.HideAsync(id, "Werbung", DateTime.UtcNow, CancellationToken.None);
        }

        using var anonymous = app.NewSession();
        var page = await anonymous.GetHtmlAsync($"/participation/events/{id}");
        Assert.DoesNotContain(title, page, StringComparison.Ordinal);
        Assert.Contains("Werbung", page, StringComparison.Ordinal);
        Assert.DoesNotContain(title, await anonymous.GetHtmlAsync("/participation/events/calendar/kiel.ics"), StringComparison.Ordinal);

        await app.QueryAsync(async db =>
        {
            await new EventModeration(db).RestoreAsync(id, CancellationToken.None);
            return true;
        });
        Assert.Contains(title, await anonymous.GetHtmlAsync("/participation/events/calendar/kiel.ics"), StringComparison.Ordinal);
    }
}

public sealed class EventsTestsOnSqlite(SqliteApp app) : EventsTests(app), IClassFixture<SqliteApp>;

public sealed class EventsTestsOnPostgres(PostgresApp app) : EventsTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>
/// Editors change and delete hackathons by the rules of creating them; a hackathon people took part in is never
/// deleted, so their registrations, teams and results stay.
/// </summary>
public abstract class HackathonChangeTests(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);

    private static Uri Api(string path) => new(path, UriKind.Relative);

    private static (string, string)[] FormFields(string area, string title, string endsAt = "2031-09-24T17:00") =>
    [
        ("Input.Area", area), ("Input.Title", title), ("Input.Description", "Neu beschrieben."), ("Input.StartsAt", "2031-09-19T09:00"),
        ("Input.EndsAt", endsAt), ("Input.SubmissionDeadline", "2031-09-24T12:00"), ("Input.IsOnline", "true"),
        ("Input.PlaceName", ""), ("Input.Fields", "mobilitaet"), ("Input.TeamSizeMin", "1"), ("Input.TeamSizeMax", "4"),
    ];

    [Fact]
    public async Task Edit_OnPage_ByEditorOfAnAreaAbove_ShowsTheStoredValues_KeepsTheRulesOfCreating_AndSaves()
    {
        var id = await kit.HackathonAsync("kiel-gaarden-ost");
        var (kiel, _) = await kit.EditorAsync("kiel");
        var title = HackathonsTestKit.Unique("Neuer Titel");

        var form = await kiel.GetHtmlAsync($"/hackathons/{id}/edit");
        using var invalid = await kiel.PostFormAsync($"/hackathons/{id}/edit", FormFields("kiel-gaarden-ost", title, endsAt: "2031-09-18T09:00"));
        using var saved = await kiel.PostFormAsync($"/hackathons/{id}/edit", FormFields("kiel-gaarden-ost", title));

        Assert.Contains("value=\"2031-09-19T09:00\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kiel-gaarden-ost\" selected=\"selected\">", form, StringComparison.Ordinal);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("id=\"Input_EndsAt-error\"", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("Das Ende muss nach dem Beginn liegen.", invalidHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", invalidHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/hackathons/{id}", saved.Headers.Location?.ToString());
        var stored = await app.QueryAsync(db => db.Set<Hackathon>().AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal((title, "Neu beschrieben.", true, (string?)null, "mobilitaet", 4), (stored.Title, stored.Description, stored.IsOnline, stored.PlaceName, stored.FieldKeys, stored.TeamSizeMax));
        Assert.Contains("Die Änderungen sind gespeichert.", await kiel.GetHtmlAsync($"/hackathons/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_OthersThanEditorsOfTheArea_Get403_OnPageAndApi_AndNothingChanges()
    {
        var id = await kit.HackathonAsync("kiel");
        var (ploen, _) = await kit.EditorAsync("ploen");
        var (resident, _) = await kit.PersonAsync("bewohnerin");
        using var anonymous = app.NewSession();
        var body = HackathonsTestKit.Body("kiel", "Übernommen");

        using var ploenPage = await ploen.GetAsync($"/hackathons/{id}/edit");
        using var residentPage = await resident.GetAsync($"/hackathons/{id}/edit");
        using var ploenApi = await ploen.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), body);
        using var residentApi = await resident.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), body);
        using var anonymousApi = await anonymous.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), body);
        using var anonymousPage = await anonymous.GetAsync($"/hackathons/{id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, ploenPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, residentPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ploenApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, residentApi.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPage.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<Hackathon>().AnyAsync(h => h.Title == "Übernommen")));
    }

    [Fact]
    public async Task Edit_ThroughApi_AnswersWithTheRulesOfCreating_AdminsMayToo_MovingToAForeignAreaIs403()
    {
        var id = await kit.HackathonAsync("kiel");
        var (kiel, _) = await kit.EditorAsync("kiel");
        var (admin, _) = await kit.PersonAsync("admin", (Roles.Admin, null));
        var title = HackathonsTestKit.Unique("Von der Admin");

        using var invalid = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), HackathonsTestKit.Body("kiel", "Zu groß", min: 3, max: 2));
        using var foreignArea = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), HackathonsTestKit.Body("ploen", "Nach Plön"));
        using var byAdmin = await admin.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), HackathonsTestKit.Body("kiel", title, min: 2, max: 6));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("\"teamSizeMax\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, foreignArea.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        var stored = await app.QueryAsync(db => db.Set<Hackathon>().AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal((title, 2, 6, await app.AreaIdAsync("kiel")), (stored.Title, stored.TeamSizeMin, stored.TeamSizeMax, stored.AreaId));
    }

    [Fact]
    public async Task Edit_LargestTeamSizeBelowAnExistingTeam_IsRefusedAtTheField()
    {
        var id = await kit.HackathonAsync("kiel", max: 3);
        var founder = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(founder, id, "Zu dritt");
        var teamId = await kit.TeamIdAsync(id, "Zu dritt");
        for (var i = 0; i < 2; i++)
        {
            using var joined = await (await kit.RegisteredAsync(id)).Client.PostAsync(Api($"/api/projects/hackathons/{id}/teams/{teamId}/join"), null);
            Assert.Equal(HttpStatusCode.NoContent, joined.StatusCode);
        }

        var (kiel, _) = await kit.EditorAsync("kiel");
        using var api = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}"), HackathonsTestKit.Body("kiel", "Kleiner", min: 1, max: 2));
        using var page = await kiel.PostFormAsync($"/hackathons/{id}/edit", [.. FormFields("kiel", "Kleiner").Where(f => f.Item1 != "Input.TeamSizeMax"), ("Input.TeamSizeMax", "2")]);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Ein Team hat schon 3 Mitglieder", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"Input_TeamSizeMax-error\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await app.QueryAsync(db => db.Set<Hackathon>().Where(h => h.Id == id).Select(h => h.TeamSizeMax).SingleAsync()));
    }

    [Fact]
    public async Task Delete_WithoutParticipants_NeedsTheConfirmation_ThenRemovesItWithItsChallenges()
    {
        var onPage = await kit.HackathonAsync("kiel");
        var challenge = await kit.ChallengeAsync(onPage);
        var byApi = await kit.HackathonAsync("kiel");
        var (kiel, _) = await kit.EditorAsync("kiel");

        Assert.Contains("name=\"ConfirmDelete\"", await kiel.GetHtmlAsync($"/hackathons/{onPage}/edit"), StringComparison.Ordinal);
        using var unconfirmed = await kiel.PostFormAsync($"/hackathons/{onPage}/edit", [], $"/hackathons/{onPage}/edit?handler=Delete");
        Assert.Contains("id=\"ConfirmDelete-error\"", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Set<Hackathon>().AnyAsync(h => h.Id == onPage)));

        using var deleted = await kiel.PostFormAsync($"/hackathons/{onPage}/edit", HackathonsTestKit.Fields(("ConfirmDelete", "true")), $"/hackathons/{onPage}/edit?handler=Delete");
        using var deletedByApi = await kiel.Client.DeleteAsync(Api($"/api/projects/hackathons/{byApi}"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/hackathons", deleted.Headers.Location?.ToString());
        Assert.Contains("Der Hackathon ist gelöscht.", await kiel.GetHtmlAsync("/hackathons"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deletedByApi.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<Hackathon>().AnyAsync(h => h.Id == onPage || h.Id == byApi)));
        Assert.False(await app.QueryAsync(db => db.Set<HackathonChallenge>().AnyAsync(c => c.Id == challenge)));
        await kiel.GetHtmlAsync($"/hackathons/{onPage}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_ARegistrationATeamOrAResultKeepsTheHackathon_409_WithAClearMessage_ItCanStillBeEdited()
    {
        var registered = await kit.HackathonAsync("kiel");
        using (await kit.RegisteredAsync(registered))
        {
        }

        var submitted = await kit.HackathonAsync("kiel");
        var member = await kit.RegisteredAsync(submitted);
        await HackathonsTestKit.CreateTeamAsync(member, submitted, "Mit Abgabe");
        using (var handedIn = await member.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{submitted}/team/submission"), new { description = "Unsere Arbeit" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, handedIn.StatusCode);
        }

        var (kiel, _) = await kit.EditorAsync("kiel");
        var form = await kiel.GetHtmlAsync($"/hackathons/{registered}/edit");
        using var page = await kiel.PostFormAsync($"/hackathons/{submitted}/edit", HackathonsTestKit.Fields(("ConfirmDelete", "true")), $"/hackathons/{submitted}/edit?handler=Delete");
        using var api = await kiel.Client.DeleteAsync(Api($"/api/projects/hackathons/{registered}"));
        using var apiWithResult = await kiel.Client.DeleteAsync(Api($"/api/projects/hackathons/{submitted}"));
        using var stillEditable = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{submitted}"), HackathonsTestKit.Body("kiel", "Weiter bearbeitbar"));

        Assert.DoesNotContain("name=\"ConfirmDelete\"", form, StringComparison.Ordinal);
        Assert.Contains("kann nicht gelöscht werden", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("Es gibt schon Anmeldungen, Teams oder Abgaben", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, apiWithResult.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, stillEditable.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Set<HackathonRegistration>().AnyAsync(r => r.HackathonId == registered)));
        Assert.True(await app.QueryAsync(db => db.Set<HackathonSubmission>().AnyAsync(s => s.HackathonId == submitted && s.Description == "Unsere Arbeit")));
    }

    [Fact]
    public async Task Delete_OthersThanEditorsOfTheArea_Get403_OnPageAndApi()
    {
        var id = await kit.HackathonAsync("kiel");
        var (ploen, _) = await kit.EditorAsync("ploen");
        var (resident, _) = await kit.PersonAsync("bewohner");

        using var ploenApi = await ploen.Client.DeleteAsync(Api($"/api/projects/hackathons/{id}"));
        using var residentApi = await resident.Client.DeleteAsync(Api($"/api/projects/hackathons/{id}"));
        using var ploenPage = await ploen.PostFormAsync("/hackathons", HackathonsTestKit.Fields(("ConfirmDelete", "true")), $"/hackathons/{id}/edit?handler=Delete");

        Assert.Equal(HttpStatusCode.Forbidden, ploenApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, residentApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ploenPage.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Set<Hackathon>().AnyAsync(h => h.Id == id)));
    }
}

public sealed class HackathonChangeTestsOnSqlite(SqliteApp app) : HackathonChangeTests(app), IClassFixture<SqliteApp>;

public sealed class HackathonChangeTestsOnPostgres(PostgresApp app) : HackathonChangeTests(app), IClassFixture<PostgresApp>;

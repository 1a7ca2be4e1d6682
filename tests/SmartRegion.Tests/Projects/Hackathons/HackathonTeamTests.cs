using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Platform.Identity.Privacy;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>Participants register, form and join teams, pick a challenge and hand in results; the server keeps the limits.</summary>
public abstract class HackathonTeamTests(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);

    private static Uri Api(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Team_ParallelJoins_NeverOverfillTheTeam()
    {
        var id = await kit.HackathonAsync("kiel", max: 3);
        var founder = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(founder, id, "Ostsee-Crew");
        var teamId = await kit.TeamIdAsync(id, "Ostsee-Crew");
        var joiners = new List<WebSession>();
        for (var i = 0; i < 8; i++)
        {
            joiners.Add(await kit.RegisteredAsync(id));
        }

        var responses = await Task.WhenAll(joiners.Select(s => s.Client.PostAsync(Api($"/api/projects/hackathons/{id}/teams/{teamId}/join"), null)));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(6, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var team = await app.QueryAsync(db => db.Set<HackathonTeam>().SingleAsync(t => t.Id == teamId));
        Assert.Equal(3, team.MemberCount);
        Assert.Equal(3, await app.QueryAsync(db => db.Set<TeamMembership>().CountAsync(m => m.TeamId == teamId)));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Person_JoiningTwoTeamsAtOnce_EndsUpInOne()
    {
        var id = await kit.HackathonAsync("kiel", max: 5);
        foreach (var name in new[] { "Team A", "Team B" })
        {
            await HackathonsTestKit.CreateTeamAsync(await kit.RegisteredAsync(id), id, name);
        }

        var a = await kit.TeamIdAsync(id, "Team A");
        var b = await kit.TeamIdAsync(id, "Team B");
        var person = await kit.RegisteredAsync(id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => person.Client.PostAsync(Api($"/api/projects/hackathons/{id}/teams/{(i % 2 == 0 ? a : b)}/join"), null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        var counts = await app.QueryAsync(db => db.Set<HackathonTeam>().Where(t => t.HackathonId == id).SumAsync(t => t.MemberCount));
        Assert.Equal(3, counts);
        Assert.Equal(3, await app.QueryAsync(db => db.Set<TeamMembership>().CountAsync(m => m.HackathonId == id)));
    }

    [Fact]
    public async Task Participant_NeedsRegistration_ThenCreatesTeam_PicksChallenge_SubmitsAndEdits_OnPages()
    {
        var id = await kit.HackathonAsync("kiel");
        var (person, _) = await kit.PersonAsync("teilnehmer");
        using var notRegistered = await person.Client.PostAsJsonAsync(Api($"/api/projects/hackathons/{id}/teams"), new { name = "Zu früh" });
        Assert.Equal(HttpStatusCode.Forbidden, notRegistered.StatusCode);

        using var registered = await person.PostFormAsync($"/hackathons/{id}", [], $"/hackathons/{id}?handler=Register");
        using var created = await person.PostFormAsync($"/hackathons/{id}", HackathonsTestKit.Fields(("Team.Name", "Kieler Sprotten")), $"/hackathons/{id}?handler=CreateTeam");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (editor, _) = await kit.EditorAsync("kiel");
        using (await editor.Client.PostAsJsonAsync(Api($"/api/projects/hackathons/{id}/challenges"), new { title = "Müll", description = "Finden.", ownerOrganisation = "Kiel" }))
        {
        }

        var challengeId = await app.QueryAsync(db => db.Set<HackathonChallenge>().Where(c => c.HackathonId == id).Select(c => c.Id).SingleAsync());
        using var chosen = await person.PostFormAsync($"/hackathons/{id}", HackathonsTestKit.Fields(("challengeId", $"{challengeId}")), $"/hackathons/{id}?handler=Challenge");
        using var badUrl = await person.PostFormAsync($"/hackathons/{id}/submission",
            [("Input.Description", "Ein Müllmelder."), ("Input.RepositoryUrl", "javascript:alert(1)"), ("Input.DemoUrl", "ftp://example.org")]);
        using var submitted = await person.PostFormAsync($"/hackathons/{id}/submission",
            [("Input.Description", "Ein Müllmelder."), ("Input.RepositoryUrl", "https://example.org/repo"), ("Input.DemoUrl", "")]);
        using var edited = await person.PostFormAsync($"/hackathons/{id}/submission",
            [("Input.Description", "Ein besserer Müllmelder."), ("Input.RepositoryUrl", "https://example.org/repo"), ("Input.DemoUrl", "http://example.org/demo")]);

        var badHtml = await badUrl.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Input_RepositoryUrl-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_DemoUrl-error\"", badHtml, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (submitted.StatusCode, edited.StatusCode));
        var team = await app.QueryAsync(db => db.Set<HackathonTeam>().SingleAsync(t => t.HackathonId == id));
        Assert.Equal(("Kieler Sprotten", challengeId, 1), (team.Name, team.ChallengeId, team.MemberCount));
        var submission = await app.QueryAsync(db => db.Set<HackathonSubmission>().SingleAsync(s => s.TeamId == team.Id));
        Assert.Equal(("Ein besserer Müllmelder.", "http://example.org/demo"), (submission.Description, submission.DemoUrl));
        Assert.Contains("Kieler Sprotten", await app.NewSession().GetHtmlAsync($"/hackathons/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OthersTeam_CannotBeChangedByOutsiders_AndLeavingEmptiesAndRemovesIt()
    {
        var id = await kit.HackathonAsync("kiel");
        var founder = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(founder, id, "Eigene Sache");
        var outsider = await kit.RegisteredAsync(id);

        using var outsiderSubmit = await outsider.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/submission"), new { description = "Fremd" });
        using var outsiderPage = await outsider.GetAsync($"/hackathons/{id}/submission");
        using var outsiderLeave = await outsider.Client.PostAsync(Api($"/api/projects/hackathons/{id}/team/leave"), null);

        Assert.Equal(HttpStatusCode.Forbidden, outsiderSubmit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderLeave.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<HackathonSubmission>().AnyAsync(s => s.HackathonId == id)));

        using var left = await founder.Client.PostAsync(Api($"/api/projects/hackathons/{id}/team/leave"), null);
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<HackathonTeam>().AnyAsync(t => t.HackathonId == id)));
    }

    [Fact]
    public async Task AfterDeadline_EveryParticipantWriteIsRefused_OnApiAndPages()
    {
        var id = await kit.HackathonAsync("kiel");
        var member = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(member, id, "Spät dran");
        var teamId = await kit.TeamIdAsync(id, "Spät dran");
        var other = await kit.RegisteredAsync(id);
        await kit.CloseAsync(id);
        var (late, _) = await kit.PersonAsync("nachzuegler");

        using var register = await late.Client.PostAsync(Api($"/api/projects/hackathons/{id}/registration"), null);
        using var join = await other.Client.PostAsync(Api($"/api/projects/hackathons/{id}/teams/{teamId}/join"), null);
        using var submit = await member.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/submission"), new { description = "Zu spät" });
        using var pageSubmit = await member.PostFormAsync($"/hackathons/{id}", HackathonsTestKit.Fields(("Input.Description", "Zu spät")), $"/hackathons/{id}/submission");
        using var leave = await member.Client.PostAsync(Api($"/api/projects/hackathons/{id}/team/leave"), null);

        Assert.All([register, join, submit, leave], r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, pageSubmit.StatusCode);
        Assert.Contains("Die Abgabefrist ist vorbei", await pageSubmit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Set<HackathonSubmission>().AnyAsync(s => s.HackathonId == id)));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<TeamMembership>().CountAsync(m => m.TeamId == teamId)));
    }

    [Fact]
    public async Task Results_OnlyEditorOfTheArea_PublishesPlacesWithStatements_ThenThePublicSeesThem()
    {
        var id = await kit.HackathonAsync("kiel");
        var member = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(member, id, "Siegerteam");
        using (await member.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/submission"), new { description = "Wrack-Detektor", repositoryUrl = "https://example.org/wrack" }))
        {
        }

        var submissionId = await app.QueryAsync(db => db.Set<HackathonSubmission>().Where(s => s.HackathonId == id).Select(s => s.Id).SingleAsync());
        var (ploen, _) = await kit.EditorAsync("ploen");
        var (kiel, _) = await kit.EditorAsync("kiel");

        using var foreign = await ploen.Client.PostAsJsonAsync(Api($"/api/projects/hackathons/{id}/results"), new { awards = new[] { new { submissionId, award = "FirstPlace", juryStatement = "Top" } } });
        using var foreignPage = await ploen.GetAsync($"/hackathons/{id}/results");
        using var noStatement = await kiel.PostFormAsync($"/hackathons/{id}/results", [("Awards[0].SubmissionId", $"{submissionId}"), ("Awards[0].Award", "FirstPlace"), ("Awards[0].JuryStatement", "")]);
        using var published = await kiel.PostFormAsync($"/hackathons/{id}/results", [("Awards[0].SubmissionId", $"{submissionId}"), ("Awards[0].Award", "FirstPlace"), ("Awards[0].JuryStatement", "Mutig und nützlich.")]);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPage.StatusCode);
        Assert.Contains($"id=\"Award_{submissionId}-error\"", await noStatement.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var html = await app.NewSession().GetHtmlAsync($"/hackathons/{id}");
        Assert.Contains("1. Platz: Siegerteam", html, StringComparison.Ordinal);
        Assert.Contains("Mutig und nützlich.", html, StringComparison.Ordinal);
        Assert.Contains("\"award\":\"FirstPlace\"", await app.NewSession().GetHtmlAsync($"/api/projects/hackathons/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalData_ExportsMemberships_DeletionRemovesPersonButKeepsTheTeamsSubmission()
    {
        var id = await kit.HackathonAsync("kiel");
        var (person, personId) = await kit.PersonAsync("loeschen");
        using (await person.Client.PostAsync(Api($"/api/projects/hackathons/{id}/registration"), null))
        {
        }

        await HackathonsTestKit.CreateTeamAsync(person, id, "Bleibt bestehen");
        using (await person.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/submission"), new { description = "Bleibt" }))
        {
        }

        using var scope = app.Services.CreateScope();
        var section = scope.ServiceProvider.GetServices<IPersonalData>().Single(p => p.Section == "hackathons");
        var export = System.Text.Json.JsonSerializer.Serialize(await section.ExportAsync(personId, CancellationToken.None));
        Assert.Contains("Bleibt bestehen", export, StringComparison.Ordinal);

        using var deleted = await person.PostFormAsync("/account/delete", ("Input.Password", HackathonsTestKit.Password), ("Input.Confirm", "true"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Id == personId)));

        Assert.False(await app.QueryAsync(db => db.Set<TeamMembership>().AnyAsync(m => m.AccountId == personId)));
        Assert.False(await app.QueryAsync(db => db.Set<HackathonRegistration>().AnyAsync(r => r.AccountId == personId)));
        var team = await app.QueryAsync(db => db.Set<HackathonTeam>().SingleAsync(t => t.HackathonId == id));
        Assert.Equal(0, team.MemberCount);
        Assert.True(await app.QueryAsync(db => db.Set<HackathonSubmission>().AnyAsync(s => s.TeamId == team.Id && s.Description == "Bleibt")));
    }

    [Fact]
    public async Task Honeypot_Filled_StoresNothing()
    {
        var id = await kit.HackathonAsync("kiel");
        var (bot, botId) = await kit.PersonAsync("bot");

        using var response = await bot.PostFormAsync($"/hackathons/{id}", HackathonsTestKit.Fields(("homepage", "http://spam.example")), $"/hackathons/{id}?handler=Register");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<HackathonRegistration>().AnyAsync(r => r.AccountId == botId)));
    }
}

public sealed class HackathonTeamTestsOnSqlite(SqliteApp app) : HackathonTeamTests(app), IClassFixture<SqliteApp>;

public sealed class HackathonTeamTestsOnPostgres(PostgresApp app) : HackathonTeamTests(app), IClassFixture<PostgresApp>;

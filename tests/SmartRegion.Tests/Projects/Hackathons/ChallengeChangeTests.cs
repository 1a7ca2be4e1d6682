using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>Editors change and delete challenges by the rules of adding them; a challenge a team picked is never deleted.</summary>
public abstract class ChallengeChangeTests(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);

    private static Uri Api(string path) => new(path, UriKind.Relative);

    private static (string, string)[] FormFields(string title, string datastreams) =>
        [("Input.Title", title), ("Input.Description", "Anders beschrieben."), ("Input.OwnerOrganisation", "Stadt Kiel"), ("Input.OwnerContactEmail", ""), ("Input.DatastreamIds", datastreams)];

    [Fact]
    public async Task Edit_OnPage_ShowsTheStoredValues_KeepsTheRulesOfAdding_AndReplacesTheDatastreams()
    {
        var id = await kit.HackathonAsync("kiel");
        var first = await kit.DatastreamAsync(HackathonsTestKit.Unique("Pegel Hörn"), "Pegel");
        var second = await kit.DatastreamAsync(HackathonsTestKit.Unique("Pegel Schilksee"), "Pegel");
        var (kiel, _) = await kit.EditorAsync("kiel");
        using (var added = await kiel.Client.PostAsJsonAsync(Api($"/api/projects/hackathons/{id}/challenges"),
            new { title = "Pegelstände", description = "Hochwasser erkennen.", ownerOrganisation = "Kiel", datastreamIds = $"{first}" }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var challenge = await app.QueryAsync(db => db.Set<HackathonChallenge>().Where(c => c.HackathonId == id).Select(c => c.Id).SingleAsync());

        var form = await kiel.GetHtmlAsync($"/hackathons/{id}/challenges/{challenge}/edit");
        using var invalid = await kiel.PostFormAsync($"/hackathons/{id}/challenges/{challenge}/edit", FormFields("Pegel neu", "987654321"));
        using var saved = await kiel.PostFormAsync($"/hackathons/{id}/challenges/{challenge}/edit", FormFields("Pegel neu", $"{second}"));

        Assert.Contains("value=\"Pegelstände\"", System.Net.WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        Assert.Contains($"value=\"{first}\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_DatastreamIds-error\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.QueryAsync(db => db.Set<HackathonChallenge>().Include(c => c.Datastreams).AsNoTracking().SingleAsync(c => c.Id == challenge));
        Assert.Equal(("Pegel neu", "Anders beschrieben.", "Stadt Kiel"), (stored.Title, stored.Description, stored.OwnerOrganisation));
        Assert.Equal([second], stored.Datastreams.Select(d => d.DatastreamId));
    }

    [Fact]
    public async Task Edit_ThroughApi_ChecksTheRules_AndOnlyEditorsOfTheAreaMay()
    {
        var id = await kit.HackathonAsync("kiel");
        var challenge = await kit.ChallengeAsync(id);
        var (kiel, _) = await kit.EditorAsync("kiel");
        var (ploen, _) = await kit.EditorAsync("ploen");
        var (resident, _) = await kit.PersonAsync("bewohner");
        var body = new { title = "Umbenannt", description = "Neu.", ownerOrganisation = "GEOMAR" };

        using var invalid = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/challenges/{challenge}"), new { title = "", description = "Neu.", ownerOrganisation = "GEOMAR", ownerContactEmail = "niemand@example.org" });
        using var foreign = await ploen.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/challenges/{challenge}"), body);
        using var byResident = await resident.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/challenges/{challenge}"), body);
        using var foreignPage = await ploen.GetAsync($"/hackathons/{id}/challenges/{challenge}/edit");
        using var saved = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/challenges/{challenge}"), body);
        var other = await kit.HackathonAsync("kiel");
        using var wrongHackathon = await kiel.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{other}/challenges/{challenge}"), body);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problems = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("\"title\"", problems, StringComparison.Ordinal);
        Assert.Contains("\"ownerContactEmail\"", problems, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byResident.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPage.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongHackathon.StatusCode);
        Assert.Equal("Umbenannt", await app.QueryAsync(db => db.Set<HackathonChallenge>().Where(c => c.Id == challenge).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Delete_AChallengeNoTeamPicked_OnPageAndApi_AfterTheConfirmation()
    {
        var id = await kit.HackathonAsync("kiel");
        var onPage = await kit.ChallengeAsync(id, title: "Weg damit");
        var byApi = await kit.ChallengeAsync(id, title: "Auch weg");
        var (kiel, _) = await kit.EditorAsync("kiel");
        var (ploen, _) = await kit.EditorAsync("ploen");

        using var foreign = await ploen.Client.DeleteAsync(Api($"/api/projects/hackathons/{id}/challenges/{byApi}"));
        using var unconfirmed = await kiel.PostFormAsync($"/hackathons/{id}/challenges/{onPage}/edit", [], $"/hackathons/{id}/challenges/{onPage}/edit?handler=Delete");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("id=\"ConfirmDelete-error\"", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.QueryAsync(db => db.Set<HackathonChallenge>().CountAsync(c => c.HackathonId == id)));

        using var deleted = await kiel.PostFormAsync($"/hackathons/{id}/challenges/{onPage}/edit", HackathonsTestKit.Fields(("ConfirmDelete", "true")), $"/hackathons/{id}/challenges/{onPage}/edit?handler=Delete");
        using var deletedByApi = await kiel.Client.DeleteAsync(Api($"/api/projects/hackathons/{id}/challenges/{byApi}"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deletedByApi.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<HackathonChallenge>().AnyAsync(c => c.HackathonId == id)));
        Assert.Contains("Die Challenge ist gelöscht.", await kiel.GetHtmlAsync($"/hackathons/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_AChallengeATeamPicked_Is409_WithAClearMessage_AndTheTeamKeepsIt()
    {
        var id = await kit.HackathonAsync("kiel");
        var challenge = await kit.ChallengeAsync(id);
        var member = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(member, id, "Hat gewählt");
        using (var picked = await member.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/challenge"), new { challengeId = challenge }))
        {
            Assert.Equal(HttpStatusCode.NoContent, picked.StatusCode);
        }

        var (kiel, _) = await kit.EditorAsync("kiel");
        var form = await kiel.GetHtmlAsync($"/hackathons/{id}/challenges/{challenge}/edit");
        using var page = await kiel.PostFormAsync($"/hackathons/{id}/challenges/{challenge}/edit", HackathonsTestKit.Fields(("ConfirmDelete", "true")), $"/hackathons/{id}/challenges/{challenge}/edit?handler=Delete");
        using var api = await kiel.Client.DeleteAsync(Api($"/api/projects/hackathons/{id}/challenges/{challenge}"));

        Assert.DoesNotContain("name=\"ConfirmDelete\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("Ein Team hat sie gewählt", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Contains("Ein Team hat sie gewählt", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(challenge, await app.QueryAsync(db => db.Set<HackathonTeam>().Where(t => t.HackathonId == id).Select(t => t.ChallengeId).SingleAsync()));
    }
}

public sealed class ChallengeChangeTestsOnSqlite(SqliteApp app) : ChallengeChangeTests(app), IClassFixture<SqliteApp>;

public sealed class ChallengeChangeTestsOnPostgres(PostgresApp app) : ChallengeChangeTests(app), IClassFixture<PostgresApp>;

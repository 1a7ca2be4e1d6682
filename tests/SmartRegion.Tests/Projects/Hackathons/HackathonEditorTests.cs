using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>Editors create hackathons and challenges in their own areas only; the public sees them, with links to the sensor data.</summary>
public abstract class HackathonEditorTests(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);

    private static (string, string)[] FormFields(string area, string title, string startsAt = "2031-06-10T09:00") =>
    [
        ("Input.Area", area), ("Input.Title", title), ("Input.Description", "Mobilität neu denken."), ("Input.StartsAt", startsAt),
        ("Input.EndsAt", "2031-06-11T18:00"), ("Input.SubmissionDeadline", "2031-06-11T14:00"), ("Input.IsOnline", "false"),
        ("Input.PlaceName", "Kiel"), ("Input.Fields", "mobilitaet"), ("Input.TeamSizeMin", "2"), ("Input.TeamSizeMax", "4"),
    ];

    [Fact]
    public async Task Create_ThroughForm_StoresBerlinTimesAsUtc_AndLeadsToTheChallengeForm()
    {
        var (editor, editorId) = await kit.EditorAsync("kiel");
        var title = HackathonsTestKit.Unique("Hack your Verkehrssystem");

        using var posted = await editor.PostFormAsync("/hackathons/new", FormFields("kiel-gaarden-ost", title));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await app.QueryAsync(db => db.Set<Hackathon>().SingleAsync(h => h.Title == title));
        Assert.Equal($"/hackathons/{stored.Id}/challenges/new", posted.Headers.Location?.ToString());
        Assert.Equal(new DateTime(2031, 6, 10, 7, 0, 0), stored.StartsAt);
        Assert.Equal((2, 4, "mobilitaet", editorId), (stored.TeamSizeMin, stored.TeamSizeMax, stored.FieldKeys, stored.CreatedBy));
        Assert.Equal(await app.AreaIdAsync("kiel-gaarden-ost"), stored.AreaId);
    }

    [Fact]
    public async Task Create_WithErrors_ShowsEachMessageAtItsField_InGermanAndEnglish()
    {
        var (editor, _) = await kit.EditorAsync("kiel");
        (string, string)[] fields = [.. FormFields("kiel", "", "2031-06-12T09:00").Where(f => f.Item1 is not "Input.PlaceName"), ("Input.PlaceName", "")];

        using var german = await editor.PostFormAsync("/hackathons/new", fields);
        var html = await german.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, german.StatusCode);
        Assert.Contains("id=\"Input_Title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_EndsAt-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Das Ende muss nach dem Beginn liegen.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_PlaceName-error\"", html, StringComparison.Ordinal);

        using var english = await editor.PostFormAsync("/hackathons/new?culture=en", HackathonsTestKit.Fields(fields), "/hackathons/new?culture=en");
        var englishHtml = await english.Content.ReadAsStringAsync();
        Assert.Contains("The end must be after the start.", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Please name a place or tick “online”.", WebUtility.HtmlDecode(englishHtml), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EditorOfPloen_CannotCreateInKiel_OnPageOrApi()
    {
        var (ploen, _) = await kit.EditorAsync("ploen");
        var title = HackathonsTestKit.Unique("Falsches Gebiet");

        using var page = await ploen.PostFormAsync("/hackathons/new", FormFields("kiel", title));
        using var api = await ploen.Client.PostAsJsonAsync(new Uri("/api/projects/hackathons", UriKind.Relative), HackathonsTestKit.Body("kiel", title));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"Input_Area-error\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Set<Hackathon>().AnyAsync(h => h.Title == title)));
        var (resident, _) = await kit.PersonAsync("bewohner");
        using var residentPage = await resident.GetAsync("/hackathons/new");
        Assert.Equal(HttpStatusCode.Forbidden, residentPage.StatusCode);
    }

    [Fact]
    public async Task Challenge_WithDatastreams_IsListedPublicly_WithSensorThingsLinks_OnlyEditorsOfTheAreaAddThem()
    {
        var id = await kit.HackathonAsync("kiel");
        var stream = await kit.DatastreamAsync(HackathonsTestKit.Unique("Wassertemperatur Kiellinie"), "Boje Kiellinie");
        var (editor, _) = await kit.EditorAsync("kiel");
        var (ploen, _) = await kit.EditorAsync("ploen");
        var (contact, contactId) = await kit.PersonAsync("kontakt");
        var contactEmail = await app.QueryAsync(db => db.Users.Where(u => u.Id == contactId).Select(u => u.Email!).SingleAsync());

        using var refused = await ploen.GetAsync($"/hackathons/{id}/challenges/new");
        using var refusedApi = await ploen.Client.PostAsJsonAsync(new Uri($"/api/projects/hackathons/{id}/challenges", UriKind.Relative), new { title = "x", description = "y", ownerOrganisation = "z" });
        using var unknownStream = await editor.PostFormAsync($"/hackathons/{id}/challenges/new",
            [("Input.Title", "Küstenmüll"), ("Input.Description", "Müll finden."), ("Input.OwnerOrganisation", "TransMarTech SH"), ("Input.OwnerContactEmail", ""), ("Input.DatastreamIds", "987654321")]);
        using var added = await editor.PostFormAsync($"/hackathons/{id}/challenges/new",
            [("Input.Title", "Küstenmüll"), ("Input.Description", "Müll finden."), ("Input.OwnerOrganisation", "TransMarTech SH"), ("Input.OwnerContactEmail", contactEmail), ("Input.DatastreamIds", $"{stream}")]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedApi.StatusCode);
        var unknownHtml = await unknownStream.Content.ReadAsStringAsync();
        Assert.True(unknownHtml.Contains("id=\"Input_DatastreamIds-error\"", StringComparison.Ordinal), $"{unknownStream.StatusCode} {unknownHtml[Math.Max(0, unknownHtml.IndexOf("<main", StringComparison.Ordinal))..]}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var challenge = await app.QueryAsync(db => db.Set<HackathonChallenge>().Include(c => c.Datastreams).SingleAsync(c => c.HackathonId == id));
        Assert.Equal(contactId, challenge.OwnerContactId);
        Assert.Equal([stream], challenge.Datastreams.Select(d => d.DatastreamId));

        using var anonymous = app.NewSession();
        var html = await anonymous.GetHtmlAsync($"/hackathons/{id}");
        Assert.Contains($"href=\"/v1.1/Datastreams({stream})\"", html, StringComparison.Ordinal);
        Assert.Contains("Küstenmüll", html, StringComparison.Ordinal);
        Assert.DoesNotContain(contactEmail, html, StringComparison.OrdinalIgnoreCase);
        var json = JsonDocument.Parse(await anonymous.GetHtmlAsync($"/api/projects/hackathons/{id}")).RootElement;
        var linked = json.GetProperty("challenges")[0].GetProperty("datastreams")[0];
        Assert.Equal("°C", linked.GetProperty("unit").GetString());
        Assert.Equal($"https://localhost/v1.1/Datastreams({stream})", linked.GetProperty("url").GetString());
        var search = await anonymous.GetHtmlAsync("/api/projects/hackathons/datastreams?q=boje kiellinie");
        Assert.Contains($"\"id\":{stream}", search, StringComparison.Ordinal);
        Assert.Contains("Boje Kiellinie", await editor.GetHtmlAsync($"/hackathons/{id}/challenges/new?q=KIELLINIE"), StringComparison.Ordinal);
        contact.Dispose();
    }

    [Fact]
    public async Task List_SplitsUpcomingAndPast_InPageAndApi()
    {
        var upcoming = await kit.HackathonAsync("kiel");
        var past = await kit.HackathonAsync("ploen");
        await app.QueryAsync(db => db.Set<Hackathon>().Where(h => h.Id == past).ExecuteUpdateAsync(set => set
            .SetProperty(h => h.StartsAt, new DateTime(2022, 6, 10, 7, 0, 0, DateTimeKind.Utc)).SetProperty(h => h.EndsAt, new DateTime(2022, 6, 11, 16, 0, 0, DateTimeKind.Utc))
            .SetProperty(h => h.SubmissionDeadline, new DateTime(2022, 6, 11, 12, 0, 0, DateTimeKind.Utc))));
        using var anonymous = app.NewSession();

        var html = await anonymous.GetHtmlAsync("/hackathons");

        var pastHeading = html.IndexOf("id=\"past-heading\"", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf($"/hackathons/{upcoming}\"", StringComparison.Ordinal), 0, pastHeading);
        Assert.True(html.IndexOf($"/hackathons/{past}\"", StringComparison.Ordinal) > pastHeading);
        Assert.Contains($"\"id\":{upcoming}", await anonymous.GetHtmlAsync("/api/projects/hackathons"), StringComparison.Ordinal);
        await anonymous.GetHtmlAsync("/hackathons/999999", HttpStatusCode.NotFound);
    }
}

public sealed class HackathonEditorTestsOnSqlite(SqliteApp app) : HackathonEditorTests(app), IClassFixture<SqliteApp>;

public sealed class HackathonEditorTestsOnPostgres(PostgresApp app) : HackathonEditorTests(app), IClassFixture<PostgresApp>;

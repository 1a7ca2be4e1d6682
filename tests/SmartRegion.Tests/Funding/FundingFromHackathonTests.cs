using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Identity;
using SmartRegion.Tests.Infrastructure;
using SmartRegion.Tests.Projects.Hackathons;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>
/// A winning hackathon team carries its result into a funding application: members of a team with a published place
/// 1–3 get a pre-filled draft for an open call; everybody else is refused.
/// </summary>
public abstract class FundingFromHackathonTests(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);

    private static Uri Api(string path) => new(path, UriKind.Relative);

    /// <summary>A Kiel hackathon with a winning team of two (first place) and a team that handed in without a place.</summary>
    private async Task<(int HackathonId, int Winner, int Unplaced, WebSession Member, WebSession OtherMember, WebSession UnplacedMember)> ResultsAsync()
    {
        var id = await kit.HackathonAsync("kiel");
        var challenge = await kit.ChallengeAsync(id, title: "Küstenmüll");
        var member = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(member, id, "Wrackfinder");
        var otherMember = await kit.RegisteredAsync(id);
        using (var joined = await otherMember.Client.PostAsync(Api($"/api/projects/hackathons/{id}/teams/{await kit.TeamIdAsync(id, "Wrackfinder")}/join"), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, joined.StatusCode);
        }

        using (await member.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/challenge"), new { challengeId = challenge }))
        using (await member.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/submission"),
            new { description = "Eine Drohne findet Müll im Flachwasser.", repositoryUrl = "https://example.org/wrackfinder", demoUrl = "https://example.org/demo" }))
        {
        }

        var unplacedMember = await kit.RegisteredAsync(id);
        await HackathonsTestKit.CreateTeamAsync(unplacedMember, id, "Ohne Platz");
        using (await unplacedMember.Client.PutAsJsonAsync(Api($"/api/projects/hackathons/{id}/team/submission"), new { description = "Auch dabei." }))
        {
        }

        var submissions = await app.QueryAsync(db => db.Set<SmartRegion.Modules.Projects.Hackathons.HackathonSubmission>().Where(s => s.HackathonId == id)
            .Join(db.Set<SmartRegion.Modules.Projects.Hackathons.HackathonTeam>(), s => s.TeamId, t => t.Id, (s, t) => new { s.Id, t.Name }).ToDictionaryAsync(s => s.Name, s => s.Id));
        var (editor, _) = await kit.EditorAsync("kiel");
        using (editor)
        using (var published = await editor.Client.PostAsJsonAsync(Api($"/api/projects/hackathons/{id}/results"), new
        {
            awards = new object[]
            {
                new { submissionId = submissions["Wrackfinder"], award = "FirstPlace", juryStatement = "Nützlich für die Förde." },
                new { submissionId = submissions["Ohne Platz"], award = "HonourableMention", juryStatement = "Gute Idee." },
            },
        }))
        {
            Assert.Equal(HttpStatusCode.NoContent, published.StatusCode);
        }

        return (id, submissions["Wrackfinder"], submissions["Ohne Platz"], member, otherMember, unplacedMember);
    }

    private async Task<int> OpenCallAsync(string? title = null)
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        using (editor)
        {
            return await CreateCallAsync(app, editor, title: title);
        }
    }

    [Fact]
    public async Task WinningMember_SeesTheLink_ChoosesAnOpenCall_AndGetsAPrefilledDraft()
    {
        var callTitle = $"Piloten {Guid.NewGuid():N}"[..20];
        var callId = await OpenCallAsync(callTitle);
        var (hackathonId, winner, _, member, otherMember, unplacedMember) = await ResultsAsync();

        var hackathonPage = await otherMember.GetHtmlAsync($"/hackathons/{hackathonId}");
        var choice = await member.GetHtmlAsync($"/funding/from-hackathon/{winner}");
        using var started = await member.PostFormAsync($"/funding/from-hackathon/{winner}", ("CallId", callId.ToString(CultureInfo.InvariantCulture)));

        Assert.Contains($"href=\"/funding/from-hackathon/{winner}\">Als Förderantrag weiterführen</a>", hackathonPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/funding/from-hackathon/", await unplacedMember.GetHtmlAsync($"/hackathons/{hackathonId}"), StringComparison.Ordinal);
        Assert.Contains(callTitle, choice, StringComparison.Ordinal);
        Assert.Contains($"name=\"CallId\" value=\"{callId}\"", choice, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        Assert.Matches(@"^/funding/applications/\d+/edit$", location);
        var applicationId = int.Parse(location.Split('/')[3], CultureInfo.InvariantCulture);
        var draft = await app.QueryAsync(db => db.Set<FundingApplication>().AsNoTracking().SingleAsync(a => a.Id == applicationId));
        Assert.Equal((ApplicationState.Draft, callId, "Wrackfinder: Küstenmüll"), (draft.State, draft.CallId, draft.Title));
        var description = draft.Answers["f1"].Value!;
        Assert.StartsWith("Eine Drohne findet Müll im Flachwasser.", description, StringComparison.Ordinal);
        Assert.Contains("1. Platz für das Team „Wrackfinder“", description, StringComparison.Ordinal);
        Assert.Contains("Challenge: Küstenmüll", description, StringComparison.Ordinal);
        Assert.Contains("Quellcode: https://example.org/wrackfinder", description, StringComparison.Ordinal);
        Assert.Contains("Demo: https://example.org/demo", description, StringComparison.Ordinal);
        Assert.Equal(["f1"], draft.Answers.Keys);
        Assert.Contains("value=\"Wrackfinder: Küstenmüll\"", System.Net.WebUtility.HtmlDecode(await member.GetHtmlAsync(location)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinningMember_ThroughApi_GetsTheDraft_AClosedCallIs409_AnUnpublishedCall404()
    {
        var callId = await OpenCallAsync();
        var closedCall = await OpenCallAsync();
        await CloseCallAsync(app, closedCall);
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var draftCall = await CreateCallAsync(app, editor, publish: false);
        var (_, winner, _, member, otherMember, _) = await ResultsAsync();

        using var created = await otherMember.Client.PostAsJsonAsync(Api($"/api/funding/applications/from-hackathon/{winner}"), new { callId });
        using var closed = await member.Client.PostAsJsonAsync(Api($"/api/funding/applications/from-hackathon/{winner}"), new { callId = closedCall });
        using var unpublished = await member.Client.PostAsJsonAsync(Api($"/api/funding/applications/from-hackathon/{winner}"), new { callId = draftCall });
        using var closedPage = await member.PostFormAsync($"/funding/from-hackathon/{winner}", ("CallId", closedCall.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("Draft", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("Wrackfinder: Küstenmüll", json.RootElement.GetProperty("title").GetString());
        Assert.Contains("https://example.org/wrackfinder", json.RootElement.GetProperty("answers").GetProperty("f1").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closedPage.StatusCode);
        Assert.Contains("id=\"CallId-error\"", await closedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FundingApplication>().CountAsync(a => a.Title == "Wrackfinder: Küstenmüll" && (a.CallId == closedCall || a.CallId == callId))));
        editor.Dispose();
    }

    [Fact]
    public async Task NonMembers_ATeamWithoutAPlace_AndUnknownResults_AreRefused_OnPageAndApi()
    {
        var callId = await OpenCallAsync();
        var (_, winner, unplaced, _, _, unplacedMember) = await ResultsAsync();
        var (outsider, _) = await SignedInAsync(app, "aussenstehend");
        using var anonymous = app.NewSession();

        using var outsiderPage = await outsider.GetAsync($"/funding/from-hackathon/{winner}");
        using var outsiderApi = await outsider.Client.PostAsJsonAsync(Api($"/api/funding/applications/from-hackathon/{winner}"), new { callId });
        using var outsiderPost = await outsider.PostFormAsync("/funding/applications", HackathonsTestKit.Fields(("CallId", callId.ToString(CultureInfo.InvariantCulture))), $"/funding/from-hackathon/{winner}");
        using var unplacedPage = await unplacedMember.GetAsync($"/funding/from-hackathon/{unplaced}");
        using var unplacedApi = await unplacedMember.Client.PostAsJsonAsync(Api($"/api/funding/applications/from-hackathon/{unplaced}"), new { callId });
        using var unknown = await outsider.GetAsync("/funding/from-hackathon/987654");
        using var unknownApi = await outsider.Client.PostAsJsonAsync(Api("/api/funding/applications/from-hackathon/987654"), new { callId });
        using var anonymousPage = await anonymous.GetAsync($"/funding/from-hackathon/{winner}");
        using var anonymousApi = await anonymous.Client.PostAsJsonAsync(Api($"/api/funding/applications/from-hackathon/{winner}"), new { callId });

        Assert.Equal(HttpStatusCode.Forbidden, outsiderPage.StatusCode);
        Assert.Contains("Nur die Mitglieder des Teams", await outsiderPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"CallId\"", await outsiderPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unplacedPage.StatusCode);
        Assert.Contains("veröffentlichten 1., 2. oder 3. Platz", await unplacedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unplacedApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousApi.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<FundingApplication>().CountAsync(a => a.CallId == callId)));
        outsider.Dispose();
    }

    [Fact]
    public async Task Honeypot_Filled_CreatesNoDraft()
    {
        var callId = await OpenCallAsync();
        var (_, winner, _, member, _, _) = await ResultsAsync();

        using var bot = await member.PostFormAsync($"/funding/from-hackathon/{winner}", ("CallId", callId.ToString(CultureInfo.InvariantCulture)), ("homepage", "http://spam.example"));

        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<FundingApplication>().CountAsync(a => a.CallId == callId)));
    }
}

public sealed class FundingFromHackathonTestsOnSqlite(FundingSqliteApp app) : FundingFromHackathonTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingFromHackathonTestsOnPostgres(FundingPostgresApp app) : FundingFromHackathonTests(app), IClassFixture<FundingPostgresApp>;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>A team's handed-in result and a member of the team.</summary>
internal sealed record TeamResult(int SubmissionId, WebSession Member);

/// <summary>The steps of a hackathon jury through the pages, as editors and judges take them, for the jury and file tests.</summary>
internal sealed class JurySteps(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);


    /// <summary>A Kiel hackathon with one handed-in result per team name, its deadline passed, and an editor of Kiel.</summary>
    public async Task<(int Id, WebSession Editor, List<TeamResult> Teams)> ClosedHackathonWithResultsAsync(params string[] teamNames)
    {
        var id = await kit.HackathonAsync("kiel");
        var results = new List<TeamResult>();
        foreach (var name in teamNames)
        {
            var (member, _) = await kit.PersonAsync("team");
            results.Add(new TeamResult(await ResultOfNewTeamAsync(id, member, name), member));
        }

        await kit.CloseAsync(id);
        var (editor, _) = await kit.EditorAsync("kiel");
        return (id, editor, results);
    }

    /// <summary>Registers the person, founds a team and hands in its result; returns the result's id.</summary>
    public async Task<int> ResultOfNewTeamAsync(int id, WebSession member, string team)
    {
        using (var registered = await member.Client.PostAsync(new Uri($"/api/projects/hackathons/{id}/registration", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, registered.StatusCode);
        }

        await HackathonsTestKit.CreateTeamAsync(member, id, team);
        using (var submitted = await member.Client.PutAsJsonAsync(new Uri($"/api/projects/hackathons/{id}/team/submission", UriKind.Relative), new { description = $"Ergebnis von {team}", repositoryUrl = "https://example.org/code" }))
        {
            Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        }

        var teamId = await kit.TeamIdAsync(id, team);
        return await app.QueryAsync(db => db.Set<HackathonSubmission>().Where(s => s.TeamId == teamId).Select(s => s.Id).SingleAsync());
    }

    public static async Task AddCriterionAsync(WebSession editor, int id, string name, string weight)
    {
        var jury = $"/hackathons/{id}/jury";
        using var response = await editor.PostFormAsync(jury, [new("Criterion.Name", name), new("Criterion.Description", "Worauf es ankommt."), new("Criterion.Weight", weight)], jury + "?handler=AddCriterion");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<HttpResponseMessage> AssignAsync(WebSession editor, int id, int submissionId, Guid judgeId)
    {
        var jury = $"/hackathons/{id}/jury";
        return editor.PostFormAsync(jury, [new("SubmissionId", submissionId.ToString(CultureInfo.InvariantCulture)), new("JudgeId", judgeId.ToString())], jury + "?handler=Assign");
    }

    public async Task<int> AssignedAsync(WebSession editor, int id, int submissionId, Guid judgeId)
    {
        using (var response = await AssignAsync(editor, id, submissionId, judgeId))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebSession.Shorten(await response.Content.ReadAsStringAsync()));
        }

        return await app.QueryAsync(db => db.Set<ReviewAssignment>()
            .Where(a => a.SubjectKind == HackathonJury.SubjectKind && a.SubjectId == submissionId && a.ReviewerId == judgeId).Select(a => a.Id).SingleAsync());
    }

    public static async Task DeclareAsync(WebSession judge, int review, bool conflict)
    {
        var page = HackathonJury.LinkTo(review);
        using var response = await judge.PostFormAsync(page, [new("Conflict", conflict ? "yes" : "no")], page + "?handler=Declare");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static List<KeyValuePair<string, string>> Scores(List<JuryCriterion> criteria, int first, int second, string recommendation, string? comment = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Form.Recommendation", recommendation), new("Form.Comment", comment ?? "") };
        for (var i = 0; i < criteria.Count; i++)
        {
            fields.Add(new($"Form.Scores[{criteria[i].Key}].Score", (i == 0 ? first : second).ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"Form.Scores[{criteria[i].Key}].Comment", "Begründet."));
        }

        return fields;
    }

    public static async Task SubmitAsync(WebSession judge, int review, List<JuryCriterion> criteria, int first, int second, string recommendation, string? comment = null)
    {
        var page = HackathonJury.LinkTo(review);
        using var response = await judge.PostFormAsync(page, Scores(criteria, first, second, recommendation, comment), page + "?handler=Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebSession.Shorten(await response.Content.ReadAsStringAsync()));
    }
}

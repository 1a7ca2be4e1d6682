using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Projects.Hackathons;

/// <summary>
/// The jury of a hackathon on the review engine: the editor sets criteria and assigns judges after the deadline,
/// judges declare conflicts and score, the ranking follows the scores, and nobody sees what they should not.
/// </summary>
public abstract class HackathonJuryTests(SmartRegionApp app)
{
    private readonly HackathonsTestKit kit = new(app);

    [Fact]
    public async Task Jury_FromCriteriaToRanking_OnPages()
    {
        var (id, editor, teams) = await ClosedHackathonWithResultsAsync("Möwen", "Quallen");
        var jury = $"/hackathons/{id}/jury";

        using (var bad = await editor.PostFormAsync(jury, [new("Criterion.Name", ""), new("Criterion.Weight", "11")], jury + "?handler=AddCriterion"))
        {
            var html = await bad.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
            Assert.Contains("Bitte füllen Sie das Feld „Name des Kriteriums“ aus.", html, StringComparison.Ordinal);
            Assert.Contains("Bitte geben Sie als Gewichtung eine ganze Zahl von 1 bis 10 an.", html, StringComparison.Ordinal);
        }

        using (var noCriteria = await editor.PostFormAsync(jury, [new("SubmissionId", teams[0].SubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture))], jury + "?handler=Assign"))
        {
            Assert.Contains("Legen Sie zuerst mindestens ein Bewertungskriterium an.", await noCriteria.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await AddCriterionAsync(editor, id, "Nutzen für die Küste", "3");
        await AddCriterionAsync(editor, id, "Umsetzung", "1");
        var criteria = await app.QueryAsync(db => db.Set<JuryCriterion>().Where(c => c.HackathonId == id).OrderBy(c => c.SortOrder).ToListAsync());
        Assert.Equal([("Nutzen für die Küste", 3), ("Umsetzung", 1)], criteria.Select(c => (c.Name, c.Weight)));

        var (judgeA, judgeAId) = await kit.PersonAsync("jury-a", (Roles.Reviewer, "kiel"));
        var (judgeB, judgeBId) = await kit.PersonAsync("jury-b", (Roles.Reviewer, "kiel"));
        var (outsider, outsiderId) = await kit.PersonAsync("jury-ploen", (Roles.Reviewer, "ploen"));
        using (var wrongArea = await AssignAsync(editor, id, teams[0].SubmissionId, outsiderId))
        {
            Assert.Contains("Bitte wählen Sie eine Person mit der Rolle „Gutachterin/Gutachter“ für dieses Gebiet.", await wrongArea.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var aOnFirst = await AssignedAsync(editor, id, teams[0].SubmissionId, judgeAId);
        var aOnSecond = await AssignedAsync(editor, id, teams[1].SubmissionId, judgeAId);
        var bOnFirst = await AssignedAsync(editor, id, teams[0].SubmissionId, judgeBId);
        using (var twice = await AssignAsync(editor, id, teams[0].SubmissionId, judgeAId))
        {
            Assert.Contains("bereits", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The judge's list names the teams; the result itself shows only after declaring no conflict.
        var list = await judgeA.GetHtmlAsync("/hackathons/judging");
        Assert.Contains("Möwen", list, StringComparison.Ordinal);
        Assert.Contains("Quallen", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ergebnis von Möwen", await judgeA.GetHtmlAsync(HackathonJury.LinkTo(aOnFirst)), StringComparison.Ordinal);
        await DeclareAsync(judgeA, aOnFirst, conflict: false);
        Assert.Contains("Ergebnis von Möwen", await judgeA.GetHtmlAsync(HackathonJury.LinkTo(aOnFirst)), StringComparison.Ordinal);

        await SubmitAsync(judgeA, aOnFirst, criteria, 5, 3, "Yes");
        await DeclareAsync(judgeA, aOnSecond, conflict: false);
        await SubmitAsync(judgeA, aOnSecond, criteria, 2, 4, "No");
        await DeclareAsync(judgeB, bOnFirst, conflict: false);
        await SubmitAsync(judgeB, bOnFirst, criteria, 3, 3, "Maybe");

        // Weighted: judge A on Möwen (5*3+3*1)/4 = 4.5, judge B (3*3+3*1)/4 = 3; mean 3.75, spread 1.5. Quallen: (2*3+4)/4 = 2.5.
        var standings = await app.QueryAsync(async db =>
        {
            var reviews = await db.Set<ReviewAssignment>().Include(a => a.Scores).Where(a => a.SubjectKind == HackathonJury.SubjectKind && a.RoundId == id).ToListAsync();
            return ReviewRanking.Rank(teams.Select(t => t.SubmissionId), reviews, JuryCriterion.RefsOf(criteria));
        });
        Assert.Equal([(teams[0].SubmissionId, 3.75m, 1.5m), (teams[1].SubmissionId, 2.5m, 0m)], standings.Select(s => (s.SubjectId, s.WeightedMean!.Value, s.Spread!.Value)));
        var page = await editor.GetHtmlAsync(jury);
        var ranking = page[page.IndexOf("Rangfolge der Jury", StringComparison.Ordinal)..];
        Assert.True(ranking.IndexOf("3,75", StringComparison.Ordinal) is > 0 and var first && ranking.IndexOf("2,50", StringComparison.Ordinal) > first, WebSession.Shorten(ranking));
        Assert.Contains("Die Kriterien stehen fest", page, StringComparison.Ordinal);
        Assert.Contains("Jury: 3,75 Punkte aus 2 Bewertungen", await editor.GetHtmlAsync($"/hackathons/{id}/results"), StringComparison.Ordinal);

        // Once a review is in, the criteria stay.
        using (var late = await editor.PostFormAsync(jury, [new("Criterion.Name", "Design"), new("Criterion.Weight", "2")], jury + "?handler=AddCriterion"))
        {
            Assert.Contains("Die Kriterien stehen fest", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(2, await app.QueryAsync(db => db.Set<JuryCriterion>().CountAsync(c => c.HackathonId == id)));
        outsider.Dispose();
    }

    [Fact]
    public async Task Judges_AreAssignedOnlyAfterTheDeadline_AndNeverToTheirOwnTeam()
    {
        var id = await kit.HackathonAsync("kiel");
        var (editor, _) = await kit.EditorAsync("kiel");
        var jury = $"/hackathons/{id}/jury";
        await AddCriterionAsync(editor, id, "Nutzen", "1");
        var (member, memberId) = await kit.PersonAsync("jurorin-im-team", (Roles.Reviewer, "kiel"));
        var submission = await ResultOfNewTeamAsync(id, member, "Heringe");

        using (var early = await AssignAsync(editor, id, submission, memberId))
        {
            Assert.Contains("Die Jury bewertet erst nach der Abgabefrist", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await kit.CloseAsync(id);
        using (var own = await AssignAsync(editor, id, submission, memberId))
        {
            Assert.Contains("Diese Person gehört zum Team und kann sein Ergebnis nicht bewerten.", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var (otherHackathonEditor, _) = await kit.EditorAsync("ploen");
        using (var foreignEditor = await otherHackathonEditor.GetAsync(jury))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreignEditor.StatusCode);
        }

        Assert.False(await app.QueryAsync(db => db.Set<ReviewAssignment>().AnyAsync(a => a.SubjectKind == HackathonJury.SubjectKind && a.RoundId == id)));
        using (var missing = await editor.GetAsync("/hackathons/999999/jury"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Fact]
    public async Task ConflictOfInterest_BlocksTheReview_AndOthersStayHidden_UntilTheOwnIsSubmitted()
    {
        var (id, editor, teams) = await ClosedHackathonWithResultsAsync("Seesterne");
        await AddCriterionAsync(editor, id, "Nutzen", "1");
        var criteria = await app.QueryAsync(db => db.Set<JuryCriterion>().Where(c => c.HackathonId == id).ToListAsync());
        var (first, firstId) = await kit.PersonAsync("jury-1", (Roles.Reviewer, "kiel"));
        var (second, secondId) = await kit.PersonAsync("jury-2", (Roles.Reviewer, "kiel"), (Roles.Editor, "kiel"));
        var (third, thirdId) = await kit.PersonAsync("jury-3", (Roles.Reviewer, "kiel"));
        var firstReview = await AssignedAsync(editor, id, teams[0].SubmissionId, firstId);
        var secondReview = await AssignedAsync(editor, id, teams[0].SubmissionId, secondId);
        var thirdReview = await AssignedAsync(editor, id, teams[0].SubmissionId, thirdId);

        await DeclareAsync(third, thirdReview, conflict: true);
        var blocked = await third.GetHtmlAsync(HackathonJury.LinkTo(thirdReview));
        Assert.Contains("Interessenkonflikt erklärt", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("Ergebnis von Seesterne", blocked, StringComparison.Ordinal);
        using (var scoreAnyway = await third.PostFormAsync(HackathonJury.LinkTo(thirdReview), Scores(criteria, 5, 5, "Yes"), HackathonJury.LinkTo(thirdReview) + "?handler=Submit"))
        {
            Assert.Contains("Interessenkonflikt", await scoreAnyway.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await DeclareAsync(first, firstReview, conflict: false);
        await SubmitAsync(first, firstReview, criteria, 4, 0, "Yes", comment: "Erste Stimme der Jury.");
        await DeclareAsync(second, secondReview, conflict: false);
        Assert.DoesNotContain("Erste Stimme der Jury.", await second.GetHtmlAsync(HackathonJury.LinkTo(secondReview)), StringComparison.Ordinal);

        // An editor who judges here and has not submitted sees no ranking either.
        using (var judgingEditor = await second.GetAsync($"/hackathons/{id}/jury"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, judgingEditor.StatusCode);
        }

        await SubmitAsync(second, secondReview, criteria, 2, 0, "Maybe");
        Assert.Contains("Erste Stimme der Jury.", await second.GetHtmlAsync(HackathonJury.LinkTo(secondReview)), StringComparison.Ordinal);

        // Reviews belong to their judge: another judge, the team and the public get 404.
        foreach (var stranger in new[] { third, teams[0].Member })
        {
            using var response = await stranger.GetAsync(HackathonJury.LinkTo(firstReview));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var anonymous = await app.NewSession().GetAsync(HackathonJury.LinkTo(firstReview));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        // The editor withdraws an unfinished assignment; the submitted review and the declared conflict stay.
        var (fourth, fourthId) = await kit.PersonAsync("jury-4", (Roles.Reviewer, "kiel"));
        var open = await AssignedAsync(editor, id, teams[0].SubmissionId, fourthId);
        var jury = $"/hackathons/{id}/jury";
        foreach (var kept in new[] { firstReview, thirdReview })
        {
            using var refused = await editor.PostFormAsync(jury, [], $"{jury}?handler=Withdraw&assignmentId={kept}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using (var withdrawn = await editor.PostFormAsync(jury, [], $"{jury}?handler=Withdraw&assignmentId={open}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        await fourth.GetHtmlAsync(HackathonJury.LinkTo(open), HttpStatusCode.NotFound);
        Assert.Equal(
            [firstReview, secondReview, thirdReview],
            await app.QueryAsync(db => db.Set<ReviewAssignment>().Where(a => a.SubjectKind == HackathonJury.SubjectKind && a.RoundId == id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync()));
    }

    [Fact]
    public async Task PersonalData_ListsTheJudgesReviews_AndDeletionKeepsSubmittedOnesAnonymously()
    {
        var (id, editor, teams) = await ClosedHackathonWithResultsAsync("Dorsche", "Sprotten");
        await AddCriterionAsync(editor, id, "Nutzen", "1");
        var criteria = await app.QueryAsync(db => db.Set<JuryCriterion>().Where(c => c.HackathonId == id).ToListAsync());
        var (judge, judgeId) = await kit.PersonAsync("jury-daten", (Roles.Reviewer, "kiel"));
        var submitted = await AssignedAsync(editor, id, teams[0].SubmissionId, judgeId);
        var open = await AssignedAsync(editor, id, teams[1].SubmissionId, judgeId);
        await DeclareAsync(judge, submitted, conflict: false);
        await SubmitAsync(judge, submitted, criteria, 4, 0, "Yes", comment: "Mein Urteil.");

        using (var export = await judge.GetAsync("/account/data?handler=Download"))
        {
            var document = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
            var reviews = document.RootElement.GetProperty("sections").GetProperty("hackathons").GetProperty("juryReviews");
            Assert.Equal([submitted, open], reviews.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
            Assert.Equal("Dorsche", reviews[0].GetProperty("subject").GetString());
            Assert.Equal("Mein Urteil.", reviews[0].GetProperty("comment").GetString());
        }

        using (var deleted = await judge.PostFormAsync("/account/delete", ("Input.Password", HackathonsTestKit.Password), ("Input.Confirm", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        var left = await app.QueryAsync(db => db.Set<ReviewAssignment>().Where(a => a.SubjectKind == HackathonJury.SubjectKind && a.RoundId == id).ToListAsync());
        Assert.Equal([(submitted, (Guid?)null)], left.Select(a => (a.Id, a.ReviewerId)));
    }

    private sealed record TeamResult(int SubmissionId, WebSession Member);

    /// <summary>A Kiel hackathon with one handed-in result per team name, its deadline passed, and an editor of Kiel.</summary>
    private async Task<(int Id, WebSession Editor, List<TeamResult> Teams)> ClosedHackathonWithResultsAsync(params string[] teamNames)
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

    private async Task<int> ResultOfNewTeamAsync(int id, WebSession member, string team)
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
        return await app.QueryAsync(db => db.Set<Modules.Projects.Hackathons.HackathonSubmission>().Where(s => s.TeamId == teamId).Select(s => s.Id).SingleAsync());
    }

    private static async Task AddCriterionAsync(WebSession editor, int id, string name, string weight)
    {
        var jury = $"/hackathons/{id}/jury";
        using var response = await editor.PostFormAsync(jury, [new("Criterion.Name", name), new("Criterion.Description", "Worauf es ankommt."), new("Criterion.Weight", weight)], jury + "?handler=AddCriterion");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> AssignAsync(WebSession editor, int id, int submissionId, Guid judgeId)
    {
        var jury = $"/hackathons/{id}/jury";
        return editor.PostFormAsync(jury, [new("SubmissionId", submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("JudgeId", judgeId.ToString())], jury + "?handler=Assign");
    }

    private async Task<int> AssignedAsync(WebSession editor, int id, int submissionId, Guid judgeId)
    {
        using (var response = await AssignAsync(editor, id, submissionId, judgeId))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebSession.Shorten(await response.Content.ReadAsStringAsync()));
        }

        return await app.QueryAsync(db => db.Set<ReviewAssignment>()
            .Where(a => a.SubjectKind == HackathonJury.SubjectKind && a.SubjectId == submissionId && a.ReviewerId == judgeId).Select(a => a.Id).SingleAsync());
    }

    private static async Task DeclareAsync(WebSession judge, int review, bool conflict)
    {
        var page = HackathonJury.LinkTo(review);
        using var response = await judge.PostFormAsync(page, [new("Conflict", conflict ? "yes" : "no")], page + "?handler=Declare");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static List<KeyValuePair<string, string>> Scores(List<JuryCriterion> criteria, int first, int second, string recommendation, string? comment = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Form.Recommendation", recommendation), new("Form.Comment", comment ?? "") };
        for (var i = 0; i < criteria.Count; i++)
        {
            fields.Add(new($"Form.Scores[{criteria[i].Key}].Score", (i == 0 ? first : second).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            fields.Add(new($"Form.Scores[{criteria[i].Key}].Comment", "Begründet."));
        }

        return fields;
    }

    private static async Task SubmitAsync(WebSession judge, int review, List<JuryCriterion> criteria, int first, int second, string recommendation, string? comment = null)
    {
        var page = HackathonJury.LinkTo(review);
        using var response = await judge.PostFormAsync(page, Scores(criteria, first, second, recommendation, comment), page + "?handler=Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebSession.Shorten(await response.Content.ReadAsStringAsync()));
    }
}

public sealed class HackathonJuryTestsOnSqlite(SqliteApp app) : HackathonJuryTests(app), IClassFixture<SqliteApp>;

public sealed class HackathonJuryTestsOnPostgres(PostgresApp app) : HackathonJuryTests(app), IClassFixture<PostgresApp>;

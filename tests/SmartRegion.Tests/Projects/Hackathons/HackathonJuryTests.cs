using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
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

    private readonly JurySteps steps = new(app);

    [Fact]
    public async Task Jury_FromCriteriaToRanking_OnPages()
    {
        var (id, editor, teams) = await steps.ClosedHackathonWithResultsAsync("Möwen", "Quallen");
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

        await JurySteps.AddCriterionAsync(editor, id, "Nutzen für die Küste", "3");
        await JurySteps.AddCriterionAsync(editor, id, "Umsetzung", "1");
        var criteria = await app.QueryAsync(db => db.Set<JuryCriterion>().Where(c => c.HackathonId == id).OrderBy(c => c.SortOrder).ToListAsync());
        Assert.Equal([("Nutzen für die Küste", 3), ("Umsetzung", 1)], criteria.Select(c => (c.Name, c.Weight)));

        var (judgeA, judgeAId) = await kit.PersonAsync("jury-a", (Roles.Reviewer, "kiel"));
        var (judgeB, judgeBId) = await kit.PersonAsync("jury-b", (Roles.Reviewer, "kiel"));
        var (outsider, outsiderId) = await kit.PersonAsync("jury-ploen", (Roles.Reviewer, "ploen"));
        using (var wrongArea = await JurySteps.AssignAsync(editor, id, teams[0].SubmissionId, outsiderId))
        {
            Assert.Contains("Bitte wählen Sie eine Person mit der Rolle „Gutachterin/Gutachter“ für dieses Gebiet.", await wrongArea.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var aOnFirst = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, judgeAId);
        var aOnSecond = await steps.AssignedAsync(editor, id, teams[1].SubmissionId, judgeAId);
        var bOnFirst = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, judgeBId);
        using (var twice = await JurySteps.AssignAsync(editor, id, teams[0].SubmissionId, judgeAId))
        {
            Assert.Contains("bereits", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The judge's list names the teams; the result itself shows only after declaring no conflict.
        var list = await judgeA.GetHtmlAsync("/hackathons/judging");
        Assert.Contains("Möwen", list, StringComparison.Ordinal);
        Assert.Contains("Quallen", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ergebnis von Möwen", await judgeA.GetHtmlAsync(HackathonJury.LinkTo(aOnFirst)), StringComparison.Ordinal);
        await JurySteps.DeclareAsync(judgeA, aOnFirst, conflict: false);
        Assert.Contains("Ergebnis von Möwen", await judgeA.GetHtmlAsync(HackathonJury.LinkTo(aOnFirst)), StringComparison.Ordinal);

        await JurySteps.SubmitAsync(judgeA, aOnFirst, criteria, 5, 3, "Yes");
        await JurySteps.DeclareAsync(judgeA, aOnSecond, conflict: false);
        await JurySteps.SubmitAsync(judgeA, aOnSecond, criteria, 2, 4, "No");
        await JurySteps.DeclareAsync(judgeB, bOnFirst, conflict: false);
        await JurySteps.SubmitAsync(judgeB, bOnFirst, criteria, 3, 3, "Maybe");

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
        Assert.Contains("Jury: 3,75 Punkte (abgegebene Bewertungen: 2)", await editor.GetHtmlAsync($"/hackathons/{id}/results"), StringComparison.Ordinal);

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
        await JurySteps.AddCriterionAsync(editor, id, "Nutzen", "1");
        var (member, memberId) = await kit.PersonAsync("jurorin-im-team", (Roles.Reviewer, "kiel"));
        var submission = await steps.ResultOfNewTeamAsync(id, member, "Heringe");

        using (var early = await JurySteps.AssignAsync(editor, id, submission, memberId))
        {
            Assert.Contains("Die Jury bewertet erst nach der Abgabefrist", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await kit.CloseAsync(id);
        using (var own = await JurySteps.AssignAsync(editor, id, submission, memberId))
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
        var (id, editor, teams) = await steps.ClosedHackathonWithResultsAsync("Seesterne");
        await JurySteps.AddCriterionAsync(editor, id, "Nutzen", "1");
        var criteria = await app.QueryAsync(db => db.Set<JuryCriterion>().Where(c => c.HackathonId == id).ToListAsync());
        var (first, firstId) = await kit.PersonAsync("jury-1", (Roles.Reviewer, "kiel"));
        var (second, secondId) = await kit.PersonAsync("jury-2", (Roles.Reviewer, "kiel"), (Roles.Editor, "kiel"));
        var (third, thirdId) = await kit.PersonAsync("jury-3", (Roles.Reviewer, "kiel"));
        var firstReview = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, firstId);
        var secondReview = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, secondId);
        var thirdReview = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, thirdId);

        await JurySteps.DeclareAsync(third, thirdReview, conflict: true);
        var blocked = await third.GetHtmlAsync(HackathonJury.LinkTo(thirdReview));
        Assert.Contains("Interessenkonflikt erklärt", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("Ergebnis von Seesterne", blocked, StringComparison.Ordinal);
        using (var scoreAnyway = await third.PostFormAsync(HackathonJury.LinkTo(thirdReview), JurySteps.Scores(criteria, 5, 5, "Yes"), HackathonJury.LinkTo(thirdReview) + "?handler=Submit"))
        {
            Assert.Contains("Interessenkonflikt", await scoreAnyway.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await JurySteps.DeclareAsync(first, firstReview, conflict: false);
        await JurySteps.SubmitAsync(first, firstReview, criteria, 4, 0, "Yes", comment: "Erste Stimme der Jury.");
        await JurySteps.DeclareAsync(second, secondReview, conflict: false);
        Assert.DoesNotContain("Erste Stimme der Jury.", await second.GetHtmlAsync(HackathonJury.LinkTo(secondReview)), StringComparison.Ordinal);

        // An editor who judges here and has not submitted sees no ranking either.
        using (var judgingEditor = await second.GetAsync($"/hackathons/{id}/jury"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, judgingEditor.StatusCode);
        }

        // The first judge's 4 points would show as "Jury: 4,00 …"; the editor still judging sees no standing.
        Assert.DoesNotContain("Jury: ", await second.GetHtmlAsync($"/hackathons/{id}/results"), StringComparison.Ordinal);

        await JurySteps.SubmitAsync(second, secondReview, criteria, 2, 0, "Maybe");
        Assert.Contains("Jury: 3,00 Punkte (abgegebene Bewertungen: 2)", await second.GetHtmlAsync($"/hackathons/{id}/results"), StringComparison.Ordinal);
        Assert.Contains("Erste Stimme der Jury.", await second.GetHtmlAsync(HackathonJury.LinkTo(secondReview)), StringComparison.Ordinal);

        // Reviews belong to their judge: another judge and the team get 404, a signed-out visitor is sent to sign in.
        foreach (var stranger in new[] { third, teams[0].Member })
        {
            using var response = await stranger.GetAsync(HackathonJury.LinkTo(firstReview));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var anonymous = await app.NewSession().GetAsync(HackathonJury.LinkTo(firstReview));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);

        // The editor withdraws an unfinished assignment; the submitted review and the declared conflict stay.
        var (fourth, fourthId) = await kit.PersonAsync("jury-4", (Roles.Reviewer, "kiel"));
        var open = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, fourthId);
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
    public async Task Edit_OnceTheJuryBegan_NeitherExtendsTheDeadlineNorMovesTheArea()
    {
        var (id, editor, teams) = await steps.ClosedHackathonWithResultsAsync("Austern");
        await JurySteps.AddCriterionAsync(editor, id, "Nutzen", "1");
        var (_, judgeId) = await kit.PersonAsync("jury-frist", (Roles.Reviewer, "kiel"));
        await steps.AssignedAsync(editor, id, teams[0].SubmissionId, judgeId);
        var api = new Uri($"/api/projects/hackathons/{id}", UriKind.Relative);

        using (var extended = await editor.Client.PutAsJsonAsync(api, HackathonsTestKit.Body("kiel", "Mehr Zeit")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, extended.StatusCode);
            Assert.Contains("Die Abgabefrist kann nicht mehr verlängert werden", await extended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // With the deadline where the form puts it (12:00 in Kiel), only the area is left to refuse.
        var deadline = new DateTime(2031, 9, 24, 10, 0, 0, DateTimeKind.Utc);
        await app.QueryAsync(db => db.Set<Hackathon>().Where(h => h.Id == id).ExecuteUpdateAsync(set => set.SetProperty(h => h.SubmissionDeadline, deadline)));
        var (admin, _) = await kit.PersonAsync("admin", (Roles.Admin, null));
        using (var moved = await admin.Client.PutAsJsonAsync(api, HackathonsTestKit.Body("ploen", "Nach Plön")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
            Assert.Contains("Das Gebiet bleibt", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var stored = await app.QueryAsync(db => db.Set<Hackathon>().AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal((await app.AreaIdAsync("kiel"), deadline), (stored.AreaId, stored.SubmissionDeadline));
    }

    [Fact]
    public async Task PersonalData_ListsTheJudgesReviews_AndDeletionKeepsSubmittedOnesAnonymously()
    {
        var (id, editor, teams) = await steps.ClosedHackathonWithResultsAsync("Dorsche", "Sprotten");
        await JurySteps.AddCriterionAsync(editor, id, "Nutzen", "1");
        var criteria = await app.QueryAsync(db => db.Set<JuryCriterion>().Where(c => c.HackathonId == id).ToListAsync());
        var (judge, judgeId) = await kit.PersonAsync("jury-daten", (Roles.Reviewer, "kiel"));
        var submitted = await steps.AssignedAsync(editor, id, teams[0].SubmissionId, judgeId);
        var open = await steps.AssignedAsync(editor, id, teams[1].SubmissionId, judgeId);
        await JurySteps.DeclareAsync(judge, submitted, conflict: false);
        await JurySteps.SubmitAsync(judge, submitted, criteria, 4, 0, "Yes", comment: "Mein Urteil.");

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
}

public sealed class HackathonJuryTestsOnSqlite(SqliteApp app) : HackathonJuryTests(app), IClassFixture<SqliteApp>;

public sealed class HackathonJuryTestsOnPostgres(PostgresApp app) : HackathonJuryTests(app), IClassFixture<PostgresApp>;

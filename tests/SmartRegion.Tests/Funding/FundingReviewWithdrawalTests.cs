using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.ReviewSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>Staff withdraw a review the reviewer has not finished; finished reviews and declared conflicts stay on record.</summary>
public abstract class FundingReviewWithdrawalTests(SmartRegionApp app)
{
    [Fact]
    public async Task Staff_WithdrawAnOpenReviewAndADraft_ButNeverASubmittedReviewOrADeclaredConflict()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 4);
        var (editor, callId) = (team.Editor, team.CallId);
        var application = await SubmittedApplicationAsync(app, team.Applicant, callId, "Bürgerbus Gaarden");
        var reviews = new List<int>();
        foreach (var (_, person) in team.Reviewers)
        {
            reviews.Add(await AssignAsync(editor, callId, application, person));
        }

        var (open, draft, conflict, submitted) = (reviews[0], reviews[1], reviews[2], reviews[3]);
        await DeclareAsync(team.Reviewers[1].Session, draft, hasConflict: false);
        using (var saved = await team.Reviewers[1].Session.Client.PutAsJsonAsync($"/api/funding/reviews/{draft}", Scores(4, null, null)))
        {
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        Assert.True(await app.QueryAsync(db => db.Set<ReviewScore>().AnyAsync(s => s.AssignmentId == draft)));

        await DeclareAsync(team.Reviewers[2].Session, conflict, hasConflict: true, "Ich bin im Verein.");
        await ReviewAsync(team.Reviewers[3].Session, submitted, 4, 3, "Yes");

        // On the page: the open review goes, and the trail says who withdrew it.
        var page = $"/funding/calls/{callId}/reviews";
        using (var withdrawn = await editor.PostFormAsync(page, [], $"{page}?handler=Withdraw&assignmentId={open}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        Assert.Contains("Die Zuweisung ist zurückgezogen.", await editor.GetHtmlAsync(page + "?withdrawn=true"), StringComparison.Ordinal);
        var trail = await app.QueryAsync(db => db.Set<FundingAuditEntry>().Where(e => e.CallId == callId && e.Action == "reviewer-withdrawn").SingleAsync());
        Assert.Equal(("Assigned", "Withdrawn", $"assignment {open}"), (trail.FromState, trail.ToState, trail.Note));

        // Through the API: the draft goes with its scores; the finished ones answer 409 and stay.
        using (var draftGone = await editor.Client.DeleteAsync(new Uri($"/api/funding/calls/{callId}/reviews/{draft}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, draftGone.StatusCode);
        }

        foreach (var kept in new[] { conflict, submitted })
        {
            using var refused = await editor.Client.DeleteAsync(new Uri($"/api/funding/calls/{callId}/reviews/{kept}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        using (var unknown = await editor.Client.DeleteAsync(new Uri($"/api/funding/calls/{callId}/reviews/999999", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var left = await app.QueryAsync(db => db.Set<ReviewAssignment>().Where(a => a.RoundId == callId && a.SubjectKind == "funding-application").OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal([conflict, submitted], left);
        Assert.False(await app.QueryAsync(db => db.Set<ReviewScore>().AnyAsync(s => s.AssignmentId == draft)));

        // The withdrawn reviewer no longer reaches the review.
        await team.Reviewers[0].Session.GetHtmlAsync($"/funding/reviews/{open}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Review_OfAWithdrawnApplication_IsClosed_AndTheTrailNamesReviewStagesInGerman()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 2);
        var application = await SubmittedApplicationAsync(app, team.Applicant, team.CallId, "Bürgerbus Gaarden");
        var declared = await AssignAsync(team.Editor, team.CallId, application, team.Reviewers[0].Person);
        var undeclared = await AssignAsync(team.Editor, team.CallId, application, team.Reviewers[1].Person);
        await DeclareAsync(team.Reviewers[0].Session, declared, hasConflict: false);
        using (var withdrawn = await team.Applicant.Client.PostAsync(new Uri($"/api/funding/applications/{application}/withdraw", UriKind.Relative), null))
        {
            Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());
        }

        using (var late = await TrySubmitReviewAsync(team.Reviewers[0].Session, declared, Scores(4, 4, "Yes")))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("Diese Begutachtung ist abgeschlossen", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var lateDeclaration = await TryDeclareAsync(team.Reviewers[1].Session, undeclared, hasConflict: false))
        {
            Assert.Equal(HttpStatusCode.Conflict, lateDeclaration.StatusCode);
        }

        Assert.Null(await app.QueryAsync(db => db.Set<ReviewAssignment>().Where(a => a.Id == declared).Select(a => a.SubmittedAt).SingleAsync()));
        var staff = await team.Editor.GetHtmlAsync($"/funding/calls/{team.CallId}/staff");
        Assert.Contains("Zugewiesen, Erklärung offen", staff, StringComparison.Ordinal);
        Assert.DoesNotContain(">NoConflict<", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_IsForStaffOfTheCallsArea_Only()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 1);
        var application = await SubmittedApplicationAsync(app, team.Applicant, team.CallId, "Gemeinschaftsgarten");
        var review = await AssignAsync(team.Editor, team.CallId, application, team.Reviewers[0].Person);
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        using (ploenEditor)
        {
            foreach (var stranger in new[] { ploenEditor, team.Reviewers[0].Session, team.Applicant })
            {
                using var refused = await stranger.Client.DeleteAsync(new Uri($"/api/funding/calls/{team.CallId}/reviews/{review}", UriKind.Relative));
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            }
        }

        Assert.True(await app.QueryAsync(db => db.Set<ReviewAssignment>().AnyAsync(a => a.Id == review)));
    }
}

public sealed class FundingReviewWithdrawalTestsOnSqlite(SqliteApp app) : FundingReviewWithdrawalTests(app), IClassFixture<SqliteApp>;

public sealed class FundingReviewWithdrawalTestsOnPostgres(PostgresApp app) : FundingReviewWithdrawalTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.ReviewSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>A review from the declaration of conflicts to the final submission, and who sees whose scores when.</summary>
public abstract class FundingReviewFlowTests(SmartRegionApp app)
{
    [Fact]
    public async Task Conflict_DeclaredFirst_BlocksTheReviewAndIsRecordedInTheTrail()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 1);
        var (reviewer, person) = team.Reviewers[0];
        var (editor, applicant, callId) = (team.Editor, team.Applicant, team.CallId);
        var id = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden");
        var review = await AssignAsync(editor, callId, id, person);
        var page = $"/funding/reviews/{review}";

        // Nothing can be scored before the declaration.
        using (var early = await TrySubmitReviewAsync(reviewer, review, Scores(4, 4, "Yes")))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("Bitte erklären Sie zuerst", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var unanswered = await reviewer.PostFormAsync(page, [], page + "?handler=Declare"))
        {
            var html = await unanswered.Content.ReadAsStringAsync();
            Assert.Contains("id=\"Conflict-error\">Bitte geben Sie an, ob bei Ihnen ein Interessenkonflikt besteht.", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#Conflict\"", html, StringComparison.Ordinal);
        }

        using (var declared = await reviewer.PostFormAsync(page, [new("Conflict", "yes"), new("ConflictNote", "Ich bin Mitglied des Vereins.")], page + "?handler=Declare"))
        {
            Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        }

        var blocked = await reviewer.GetHtmlAsync(page);
        Assert.Contains("Interessenkonflikt erklärt", blocked, StringComparison.Ordinal);
        Assert.Contains("Ich bin Mitglied des Vereins.", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("Ein Kleinbus fährt abends durch Gaarden.", blocked, StringComparison.Ordinal);
        using (var scored = await TrySubmitReviewAsync(reviewer, review, Scores(4, 4, "Yes")))
        {
            Assert.Equal(HttpStatusCode.Conflict, scored.StatusCode);
            Assert.Contains("gesperrt", await scored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The conflict stays: it cannot be taken back.
        using (var takenBack = await TryDeclareAsync(reviewer, review, hasConflict: false))
        {
            Assert.Equal(HttpStatusCode.Conflict, takenBack.StatusCode);
        }

        var stored = await app.QueryAsync(db => db.Set<ReviewAssignment>().AsNoTracking().SingleAsync(a => a.Id == review));
        Assert.True(stored.HasConflict);
        Assert.NotNull(stored.DeclaredAt);
        Assert.Null(stored.SubmittedAt);
        Assert.Equal("Ich bin Mitglied des Vereins.", stored.ConflictNote);

        var trail = await app.QueryAsync(db => db.Set<FundingAuditEntry>().AsNoTracking().Where(e => e.ApplicationId == id && e.Action != "drafted" && e.Action != "submitted").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["reviewer-assigned:>Assigned", "conflict-declared:Assigned>Conflict"], trail.Select(e => $"{e.Action}:{e.FromState}>{e.ToState}"));
        Assert.Equal(person.Id, trail[1].ActorId);
        Assert.Equal("Ich bin Mitglied des Vereins.", trail[1].Note);
        var staff = await editor.GetHtmlAsync($"/funding/calls/{callId}/staff");
        Assert.Contains("Interessenkonflikt erklärt", staff, StringComparison.Ordinal);
        Assert.Contains(person.DisplayName, staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_OutOfRangeMissingOrWithoutRecommendation_AreRefusedByFieldAndSubmittedReviewsAreFinal()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 1);
        var (reviewer, person) = team.Reviewers[0];
        var (editor, applicant, callId) = (team.Editor, team.Applicant, team.CallId);
        var id = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden");
        var review = await AssignAsync(editor, callId, id, person);
        await DeclareAsync(reviewer, review, hasConflict: false);

        using (var refused = await TrySubmitReviewAsync(reviewer, review, new { scores = new { c1 = new { score = 7, comment = "Zu gut." } } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            var errors = problem.RootElement.GetProperty("errors");
            Assert.Equal("Bitte bewerten Sie „Wirkung für die Region“ mit einer ganzen Zahl von 0 bis 5.", errors.GetProperty("scores.c1.score")[0].GetString());
            Assert.Equal("Bitte bewerten Sie „Machbarkeit“ mit einer ganzen Zahl von 0 bis 5.", errors.GetProperty("scores.c2.score")[0].GetString());
            Assert.Equal("Bitte begründen Sie Ihre Bewertung von „Machbarkeit“.", errors.GetProperty("scores.c2.comment")[0].GetString());
            Assert.Equal("Bitte geben Sie eine Empfehlung ab: ja, vielleicht oder nein.", errors.GetProperty("recommendation")[0].GetString());
            Assert.False(errors.TryGetProperty("scores.c1.comment", out _));
        }

        using (var half = await TrySubmitReviewAsync(reviewer, review, Scores(4, 3, "Perhaps")))
        {
            using var problem = JsonDocument.Parse(await half.Content.ReadAsStringAsync());
            Assert.Equal(["recommendation"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }

        using (var fraction = await reviewer.Client.PutAsJsonAsync($"/api/funding/reviews/{review}", new { scores = new { c1 = new { score = 4.5 } } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, fraction.StatusCode);
            Assert.Contains("ganzen Zahl", await fraction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // On the page: each message next to its field, the entries kept; a draft keeps what is complete so far.
        var page = $"/funding/reviews/{review}";
        using (var wrong = await reviewer.PostFormAsync(page, [new("Form.Scores[c1].Score", "9"), new("Form.Scores[c1].Comment", "Meine Begründung bleibt.")], page + "?handler=Submit"))
        {
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("id=\"Form_Scores_c1__Score-error\">Bitte bewerten Sie „Wirkung für die Region“ mit einer ganzen Zahl von 0 bis 5.", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#Form_Scores_c1__Score\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"Form_Recommendation-error\"", html, StringComparison.Ordinal);
            Assert.Contains("Meine Begründung bleibt.", html, StringComparison.Ordinal);
        }

        using (var draft = await reviewer.PostFormAsync(page, [new("Form.Scores[c1].Score", "4"), new("Form.Scores[c1].Comment", "Hilft vielen.")], page + "?handler=Save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        var saved = await app.QueryAsync(db => db.Set<ReviewAssignment>().AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == review));
        Assert.Null(saved.SubmittedAt);
        Assert.Equal([("c1", 4, "Hilft vielen.")], saved.Scores.Select(s => (s.CriterionKey, s.Score, s.Comment!)));
        Assert.Contains("Hilft vielen.", await reviewer.GetHtmlAsync(page), StringComparison.Ordinal);

        using (var submitted = await reviewer.PostFormAsync(page,
            [
                new("Form.Scores[c1].Score", "4"), new("Form.Scores[c1].Comment", "Hilft vielen."),
                new("Form.Scores[c2].Score", "0"), new("Form.Scores[c2].Comment", "Kein Fahrer gefunden."),
                new("Form.Recommendation", "Maybe"),
            ], page + "?handler=Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        var final = await app.QueryAsync(db => db.Set<ReviewAssignment>().AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == review));
        Assert.NotNull(final.SubmittedAt);
        Assert.Equal(ReviewRecommendation.Maybe, final.Recommendation);
        Assert.Equal([("c1", 4), ("c2", 0)], final.Scores.OrderBy(s => s.CriterionKey, StringComparer.Ordinal).Select(s => (s.CriterionKey, s.Score)));

        foreach (var again in new[] { TrySubmitReviewAsync(reviewer, review, Scores(5, 5, "Yes")), reviewer.Client.PutAsJsonAsync($"/api/funding/reviews/{review}", Scores(5, 5, "Yes")), TryDeclareAsync(reviewer, review, hasConflict: true) })
        {
            using var response = await again;
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }

        Assert.Equal(
            ["reviewer-assigned:>Assigned", "conflict-declared:Assigned>NoConflict", "review-submitted:NoConflict>Submitted"],
            (await app.QueryAsync(db => db.Set<FundingAuditEntry>().AsNoTracking().Where(e => e.ApplicationId == id && e.Action != "drafted" && e.Action != "submitted").OrderBy(e => e.Id).ToListAsync()))
                .Select(e => $"{e.Action}:{e.FromState}>{e.ToState}"));
    }

    [Fact]
    public async Task OtherReviews_StayHiddenUntilTheOwnIsSubmitted_AndStaffWhoReviewSeeNoRankingBefore()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 2);
        var (first, firstPerson) = team.Reviewers[0];
        var (second, secondPerson) = team.Reviewers[1];
        var (editorReviewer, editorReviewerPerson) = await SignedInAsync(app, "editor-reviewer", (Roles.Editor, "kiel"), (Roles.Reviewer, "kiel"));
        var (editor, applicant, callId) = (team.Editor, team.Applicant, team.CallId);
        using (editorReviewer)
        {
            var id = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden");
            var firstReview = await AssignAsync(editor, callId, id, firstPerson);
            var secondReview = await AssignAsync(editor, callId, id, secondPerson);
            var staffReview = await AssignAsync(editor, callId, id, editorReviewerPerson);

            await ReviewAsync(first, firstReview, 5, 4, "Yes", comment: "Sehr überzeugend, erste Stimme.");
            await DeclareAsync(second, secondReview, hasConflict: false);

            Assert.DoesNotContain("Sehr überzeugend, erste Stimme.", await second.GetHtmlAsync($"/funding/reviews/{secondReview}"), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, (await JsonAsync(second, $"/api/funding/reviews/{secondReview}")).GetProperty("otherReviews").ValueKind);

            // An editor who reviews in the call sees neither ranking nor scores while the own review is open.
            await editorReviewer.GetHtmlAsync($"/funding/calls/{callId}/ranking", HttpStatusCode.Forbidden);
            await editorReviewer.GetHtmlAsync($"/funding/calls/{callId}/reviews", HttpStatusCode.Forbidden);
            using (var api = await editorReviewer.GetAsync($"/api/funding/calls/{callId}/ranking"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            }

            using (var csv = await editorReviewer.GetAsync($"/funding/calls/{callId}/scores.csv"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
            }

            using (var submitted = await TrySubmitReviewAsync(second, secondReview, Scores(2, 3, "No", comment: "Solide, zweite Stimme.")))
            {
                Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
                using var json = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync());
                var other = Assert.Single(json.RootElement.GetProperty("otherReviews").EnumerateArray());
                Assert.Equal("Sehr überzeugend, erste Stimme.", other.GetProperty("comment").GetString());
                Assert.Equal(5, other.GetProperty("scores").GetProperty("c1").GetProperty("score").GetInt32());
                Assert.Equal(4.4m, other.GetProperty("weightedScore").GetDecimal());
            }

            Assert.Contains("Sehr überzeugend, erste Stimme.", await second.GetHtmlAsync($"/funding/reviews/{secondReview}"), StringComparison.Ordinal);
            Assert.Contains("Solide, zweite Stimme.", await first.GetHtmlAsync($"/funding/reviews/{firstReview}"), StringComparison.Ordinal);

            await ReviewAsync(editorReviewer, staffReview, 3, 3, "Maybe");
            Assert.Contains("Bürgerbus Gaarden", await editorReviewer.GetHtmlAsync($"/funding/calls/{callId}/ranking"), StringComparison.Ordinal);
        }
    }
}

public sealed class FundingReviewFlowTestsOnSqlite(FundingSqliteApp app) : FundingReviewFlowTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingReviewFlowTestsOnPostgres(FundingPostgresApp app) : FundingReviewFlowTests(app), IClassFixture<FundingPostgresApp>;

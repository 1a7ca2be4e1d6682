using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.ReviewSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>Who may assign reviewers, who may be assigned, and who sees which review: per role and area, through pages and API.</summary>
public abstract class FundingReviewAccessTests(SmartRegionApp app)
{
    private static readonly string[] ReviewPaths =
    [
        "/api/funding/reviews", "/api/funding/reviews/{id}", "/api/funding/reviews/{id}/conflict", "/api/funding/reviews/{id}/submit",
        "/api/funding/calls/{id}/reviewers", "/api/funding/calls/{id}/reviews", "/api/funding/calls/{id}/ranking",
    ];

    [Fact]
    public async Task Assignment_ByRoleAndArea_OnlyStaffOfTheAreaAssignAndOnlyReviewersOfTheAreaAreAssigned()
    {
        var (kielEditor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (ploenEditor, _) = await SignedInAsync(app, "ploen-editor", (Roles.Editor, "ploen"));
        var (kielReviewer, kielReviewerPerson) = await SignedInAsync(app, "kiel-reviewer", (Roles.Reviewer, "kiel"));
        var (_, regionReviewer) = await SignedInAsync(app, "region-reviewer", (Roles.Reviewer, null));
        var (_, ploenReviewer) = await SignedInAsync(app, "ploen-reviewer", (Roles.Reviewer, "ploen"));
        var (applicant, applicantPerson) = await SignedInAsync(app, "applicant", (Roles.Reviewer, "kiel"));
        var (_, resident) = await SignedInAsync(app, "resident");
        using (kielEditor)
        using (ploenEditor)
        using (kielReviewer)
        using (applicant)
        using (var anonymous = app.NewSession())
        {
            var callId = await CreateReviewedCallAsync(app, kielEditor);
            var id = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden");
            var draft = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost"), "Nur ein Entwurf"));

            // Editors of another area, reviewers and applicants are not staff of the call.
            foreach (var outsider in new[] { ploenEditor, kielReviewer, applicant })
            {
                using (var assign = await TryAssignAsync(outsider, callId, id, kielReviewerPerson.Id))
                {
                    Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
                    Assert.Equal("application/problem+json", assign.Content.Headers.ContentType?.MediaType);
                }

                foreach (var api in new[] { "reviewers", "reviews", "ranking" })
                {
                    using var refused = await outsider.GetAsync($"/api/funding/calls/{callId}/{api}");
                    Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                }

                await outsider.GetHtmlAsync($"/funding/calls/{callId}/reviews", HttpStatusCode.Forbidden);
                await outsider.GetHtmlAsync($"/funding/calls/{callId}/ranking", HttpStatusCode.Forbidden);
                using var csv = await outsider.GetAsync($"/funding/calls/{callId}/scores.csv");
                Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
            }

            using (var unknown = await anonymous.Client.PostAsync(new Uri($"/api/funding/calls/{callId}/reviews", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json")))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
            }

            // Only accounts with the Reviewer role in the call's area or above may be chosen.
            var reviewers = await JsonAsync(kielEditor, $"/api/funding/calls/{callId}/reviewers");
            var names = reviewers.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
            Assert.Contains(kielReviewerPerson.Id, names);
            Assert.Contains(regionReviewer.Id, names);
            Assert.DoesNotContain(ploenReviewer.Id, names);
            Assert.DoesNotContain(resident.Id, names);
            foreach (var notAReviewer in new[] { resident.Id, ploenReviewer.Id })
            {
                using var refused = await TryAssignAsync(kielEditor, callId, id, notAReviewer);
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
                Assert.Contains("Rolle Gutachterin/Gutachter", problem.RootElement.GetProperty("errors").GetProperty("reviewerId")[0].GetString(), StringComparison.Ordinal);
            }

            using (var own = await TryAssignAsync(kielEditor, callId, id, applicantPerson.Id))
            {
                using var problem = JsonDocument.Parse(await own.Content.ReadAsStringAsync());
                Assert.Equal("Niemand begutachtet den eigenen Antrag.", problem.RootElement.GetProperty("errors").GetProperty("reviewerId")[0].GetString());
            }

            using (var toDraft = await TryAssignAsync(kielEditor, callId, draft, kielReviewerPerson.Id))
            {
                using var problem = JsonDocument.Parse(await toDraft.Content.ReadAsStringAsync());
                Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("applicationId", out _));
            }

            // Parallel assignments of the same reviewer: the unique index lets exactly one through.
            var parallel = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TryAssignAsync(kielEditor, callId, id, regionReviewer.Id)));
            Assert.Equal(1, parallel.Count(r => r.StatusCode == HttpStatusCode.Created));
            Assert.Equal(3, parallel.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            foreach (var response in parallel)
            {
                response.Dispose();
            }

            Assert.Equal(1, await app.QueryAsync(db => db.Set<ReviewAssignment>().CountAsync(a => a.SubjectId == id && a.ReviewerId == regionReviewer.Id)));

            // The staff page: an empty post names both fields; a valid one assigns.
            var page = $"/funding/calls/{callId}/reviews";
            using (var empty = await kielEditor.PostFormAsync(page, [], page + "?handler=Assign"))
            {
                var html = await empty.Content.ReadAsStringAsync();
                Assert.Contains("id=\"ApplicationId-error\">Bitte wählen Sie einen eingereichten Antrag dieses Aufrufs.", html, StringComparison.Ordinal);
                Assert.Contains("id=\"ReviewerId-error\">", html, StringComparison.Ordinal);
                Assert.Contains("href=\"#ReviewerId\"", html, StringComparison.Ordinal);
            }

            using (var assigned = await kielEditor.PostFormAsync(page, [new("ApplicationId", $"{id}"), new("ReviewerId", $"{kielReviewerPerson.Id}")], page + "?handler=Assign"))
            {
                Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
            }

            var overview = await kielEditor.GetHtmlAsync(page);
            Assert.Contains(kielReviewerPerson.DisplayName, overview, StringComparison.Ordinal);
            Assert.Contains("Zugewiesen, Erklärung offen", overview, StringComparison.Ordinal);
            Assert.Contains("Gutachter*in zugewiesen", await kielEditor.GetHtmlAsync($"/funding/calls/{callId}/staff"), StringComparison.Ordinal);

            var paths = (await JsonAsync(anonymous, "/openapi/v1.json")).GetProperty("paths");
            foreach (var path in ReviewPaths)
            {
                Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
            }
        }
    }

    [Fact]
    public async Task Reviewer_SeesOnlyAssignedReviews_AndReadsTheApplicationOnlyAfterDeclaringNoConflict()
    {
        var (editor, _) = await SignedInAsync(app, "kiel-editor", (Roles.Editor, "kiel"));
        var (first, firstPerson) = await SignedInAsync(app, "first-reviewer", (Roles.Reviewer, "kiel"));
        var (second, secondPerson) = await SignedInAsync(app, "second-reviewer", (Roles.Reviewer, "kiel"));
        var (applicant, _) = await SignedInAsync(app, "applicant");
        var (resident, _) = await SignedInAsync(app, "resident");
        using (editor)
        using (first)
        using (second)
        using (applicant)
        using (resident)
        {
            var callId = await CreateReviewedCallAsync(app, editor);
            var bus = await DraftAsync(applicant, callId, CompleteApplication(await app.AreaIdAsync("kiel-gaarden-ost"), "Bürgerbus Gaarden"));
            using (var content = new MultipartFormDataContent())
            {
                var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
                content.Add(file, "file", "Skizze.pdf");
                using var uploaded = await applicant.Client.PostAsync(new Uri($"/api/funding/applications/{bus}/attachments/f4", UriKind.Relative), content);
                Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            }

            await SubmitAsync(applicant, bus);
            var garden = await SubmittedApplicationAsync(app, applicant, callId, "Gemeinschaftsgarten");
            var firstReview = await AssignAsync(editor, callId, bus, firstPerson);
            var secondReview = await AssignAsync(editor, callId, garden, secondPerson);
            var answers = await app.QueryAsync(db => db.Set<FundingApplication>().Where(a => a.Id == bus).Select(a => a.Answers).SingleAsync());
            var fileUrl = $"/funding/attachments/{answers["f4"].Value}";

            // Each reviewer lists only their own review; another's answers 404 on the page and in the API.
            var list = await first.GetHtmlAsync("/funding/reviews");
            Assert.Contains("Bürgerbus Gaarden", list, StringComparison.Ordinal);
            Assert.DoesNotContain("Gemeinschaftsgarten", list, StringComparison.Ordinal);
            var mine = await JsonAsync(first, "/api/funding/reviews");
            Assert.Equal([firstReview], mine.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
            foreach (var (session, foreign) in new[] { (first, secondReview), (second, firstReview), (resident, firstReview), (applicant, firstReview), (editor, firstReview) })
            {
                await session.GetHtmlAsync($"/funding/reviews/{foreign}", HttpStatusCode.NotFound);
                using var api = await session.GetAsync($"/api/funding/reviews/{foreign}");
                Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
                using var declare = await TryDeclareAsync(session, foreign, hasConflict: false);
                Assert.Equal(HttpStatusCode.NotFound, declare.StatusCode);
            }

            Assert.Equal("[]", await resident.Client.GetStringAsync(new Uri("/api/funding/reviews", UriKind.Relative)));

            // The application shows only after the declaration; reviewers get no other new access.
            var before = await first.GetHtmlAsync($"/funding/reviews/{firstReview}");
            Assert.Contains("Besteht bei Ihnen ein Interessenkonflikt?", before, StringComparison.Ordinal);
            Assert.DoesNotContain("Ein Kleinbus fährt abends durch Gaarden.", before, StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, (await JsonAsync(first, $"/api/funding/reviews/{firstReview}")).GetProperty("application").ValueKind);
            using (var file = await first.GetAsync(fileUrl))
            {
                Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
            }

            using (var declared = await first.PostFormAsync($"/funding/reviews/{firstReview}", [new("Conflict", "no")], $"/funding/reviews/{firstReview}?handler=Declare"))
            {
                Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
            }

            var after = await first.GetHtmlAsync($"/funding/reviews/{firstReview}?done=declared");
            Assert.Contains("Ein Kleinbus fährt abends durch Gaarden.", after, StringComparison.Ordinal);
            Assert.Contains(fileUrl, after, StringComparison.Ordinal);
            Assert.Equal("Bürgerbus Gaarden", (await JsonAsync(first, $"/api/funding/reviews/{firstReview}")).GetProperty("application").GetProperty("title").GetString());
            using (var file = await first.GetAsync(fileUrl))
            {
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            }

            using (var file = await second.GetAsync(fileUrl))
            {
                Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
            }

            await first.GetHtmlAsync($"/funding/applications/{garden}", HttpStatusCode.NotFound);
        }
    }
}

public sealed class FundingReviewAccessTestsOnSqlite(FundingSqliteApp app) : FundingReviewAccessTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingReviewAccessTestsOnPostgres(FundingPostgresApp app) : FundingReviewAccessTests(app), IClassFixture<FundingPostgresApp>;

using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;
using static SmartRegion.Tests.Funding.FundingSteps;
using static SmartRegion.Tests.Funding.ReviewSteps;

namespace SmartRegion.Tests.Funding;

/// <summary>The ranking's numbers against values worked out by hand, the scores export, and the reviewer's personal data.</summary>
public abstract class FundingRankingTests(SmartRegionApp app)
{
    private static readonly string[] RankedTitles = ["Gemeinschaftsgarten", "Bürgerbus Gaarden", "Reparaturcafé"];

    [Fact]
    public async Task Ranking_ThreeApplications_ShowsHandComputedMeansSpreadsAndRunningTotalAgainstTheBudget()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 2);
        var (first, firstPerson) = team.Reviewers[0];
        var (second, secondPerson) = team.Reviewers[1];
        var (editor, applicant, callId) = (team.Editor, team.Applicant, team.CallId);
        await app.QueryAsync(db => db.Set<FundingCall>().Where(c => c.Id == callId).ExecuteUpdateAsync(u => u.SetProperty(c => c.TotalBudget, 30_000m)));
        var bus = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden", grant: "20000");
        var garden = await SubmittedApplicationAsync(app, applicant, callId, "Gemeinschaftsgarten", grant: "15000");
        var repair = await SubmittedApplicationAsync(app, applicant, callId, "Reparaturcafé", grant: "10000");

        // Bus: (4·40 + 5·60) / 100 = 4.6 and (2·40 + 3·60) / 100 = 2.6, mean 3.6, spread 2.0.
        await ReviewAsync(first, await AssignAsync(editor, callId, bus, firstPerson), 4, 5, "Yes");
        await ReviewAsync(second, await AssignAsync(editor, callId, bus, secondPerson), 2, 3, "No");

        // Garden: (5·40 + 3·60) / 100 = 3.8; the second reviewer's conflict does not count.
        await ReviewAsync(first, await AssignAsync(editor, callId, garden, firstPerson), 5, 3, "Maybe");
        await DeclareAsync(second, await AssignAsync(editor, callId, garden, secondPerson), hasConflict: true, "Nachbarin");

        // Repair café: a review in progress counts for nothing yet.
        await DeclareAsync(first, await AssignAsync(editor, callId, repair, firstPerson), hasConflict: false);

        static decimal Weighted(int impact, int feasibility) => (impact * ImpactWeight + feasibility * FeasibilityWeight) / (decimal)(ImpactWeight + FeasibilityWeight);
        var busMean = (Weighted(4, 5) + Weighted(2, 3)) / 2;
        Assert.Equal(3.6m, busMean);

        var ranking = await JsonAsync(editor, $"/api/funding/calls/{callId}/ranking");
        Assert.Equal(30_000m, ranking.GetProperty("totalBudget").GetDecimal());
        var rows = ranking.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([garden, bus, repair], rows.Select(r => r.GetProperty("applicationId").GetInt32()));
        Assert.Equal([1, 2], rows.Take(2).Select(r => r.GetProperty("place").GetInt32()));
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("place").ValueKind);
        Assert.Equal([Weighted(5, 3), busMean], rows.Take(2).Select(r => r.GetProperty("weightedMean").GetDecimal()));
        Assert.Equal([0m, Weighted(4, 5) - Weighted(2, 3)], rows.Take(2).Select(r => r.GetProperty("spread").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("weightedMean").ValueKind);
        Assert.Equal([1, 2, 0], rows.Select(r => r.GetProperty("reviews").GetInt32()));
        Assert.Equal([2, 2, 1], rows.Select(r => r.GetProperty("assigned").GetInt32()));
        Assert.Equal([(0, 1, 0), (1, 0, 1), (0, 0, 0)], rows.Select(r => (r.GetProperty("yes").GetInt32(), r.GetProperty("maybe").GetInt32(), r.GetProperty("no").GetInt32())));
        Assert.Equal([15_000m, 35_000m, 45_000m], rows.Select(r => r.GetProperty("runningTotal").GetDecimal()));
        Assert.Equal([true, false, false], rows.Select(r => r.GetProperty("withinBudget").GetBoolean()));

        var html = await editor.GetHtmlAsync($"/funding/calls/{callId}/ranking");
        var order = RankedTitles.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.True(order[0] > 0 && order[0] < order[1] && order[1] < order[2], "The page lists the applications in the ranking's order.");
        foreach (var expected in new[] { "3,80", "3,60", "2,00", "35.000 €", "45.000 €", "30.000 €", "2 von 2", "1 ja, 0 vielleicht, 1 nein" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ScoresCsv_SubmittedReviewsAndConflicts_OneRowPerReviewAndCriterionWithSafeCells()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 2);
        var (first, firstPerson) = team.Reviewers[0];
        var (second, secondPerson) = team.Reviewers[1];
        var (editor, applicant, callId) = (team.Editor, team.Applicant, team.CallId);
        var id = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden");
        var reference = await app.QueryAsync(db => db.Set<Modules.Funding.Applications.FundingApplication>().Where(a => a.Id == id).Select(a => a.ReferenceNumber).SingleAsync());
        var review = await AssignAsync(editor, callId, id, firstPerson);
        await DeclareAsync(first, review, hasConflict: false);
        using (var submitted = await TrySubmitReviewAsync(first, review, new
        {
            scores = new { c1 = new { score = 4, comment = "=HYPERLINK(\"http://böse.example\")" }, c2 = new { score = 5, comment = "Machbar." } },
            recommendation = "Yes",
            comment = "Gesamt gut.",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        var conflict = await AssignAsync(editor, callId, id, secondPerson);
        await DeclareAsync(second, conflict, hasConflict: true, "Verwandt");

        using var csv = await editor.GetAsync($"/funding/calls/{callId}/scores.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal(
            "\"reference\",\"title\",\"applicant\",\"assignment\",\"reviewer\",\"stage\",\"conflict_note\",\"submitted_at\",\"recommendation\",\"weighted_score\","
            + "\"criterion_key\",\"criterion\",\"weight\",\"score\",\"comment\",\"overall_comment\"",
            lines[0]);
        var weighted = ((4 * ImpactWeight) + (5 * FeasibilityWeight)) / (decimal)(ImpactWeight + FeasibilityWeight);
        var start = $"\"{reference}\",\"Bürgerbus Gaarden\",\"Nachbarschaftsverein Gaarden e. V.\",\"{review}\",\"{firstPerson.DisplayName}\",\"Submitted\",\"\",";
        Assert.StartsWith(start, lines[1], StringComparison.Ordinal);
        Assert.EndsWith($"\"Yes\",\"{weighted.ToString("0.00", CultureInfo.InvariantCulture)}\",\"c1\",\"Wirkung für die Region\",\"40\",\"4\",\"'=HYPERLINK(\"\"http://böse.example\"\")\",\"Gesamt gut.\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(start, lines[2], StringComparison.Ordinal);
        Assert.EndsWith("\"c2\",\"Machbarkeit\",\"60\",\"5\",\"Machbar.\",\"Gesamt gut.\"", lines[2], StringComparison.Ordinal);
        Assert.Equal(
            $"\"{reference}\",\"Bürgerbus Gaarden\",\"Nachbarschaftsverein Gaarden e. V.\",\"{conflict}\",\"{secondPerson.DisplayName}\",\"Conflict\",\"Verwandt\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"",
            lines[3]);
    }

    [Fact]
    public async Task PersonalData_ReviewerDownloadAndDeletion_HandOutReviewsThenKeepThemAnonymous()
    {
        using var team = await ReviewTeam.CreateAsync(app, reviewers: 1);
        var (reviewer, person) = team.Reviewers[0];
        var (editor, applicant, callId) = (team.Editor, team.Applicant, team.CallId);
        var bus = await SubmittedApplicationAsync(app, applicant, callId, "Bürgerbus Gaarden");
        var garden = await SubmittedApplicationAsync(app, applicant, callId, "Gemeinschaftsgarten");
        var submitted = await AssignAsync(editor, callId, bus, person);
        await ReviewAsync(reviewer, submitted, 3, 4, "Maybe", comment: "Meine Einschätzung.");
        var open = await AssignAsync(editor, callId, garden, person);

        using (var download = await reviewer.GetAsync("/account/data?handler=Download"))
        {
            using var document = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
            var reviews = document.RootElement.GetProperty("sections").GetProperty("funding").GetProperty("reviews");
            Assert.Equal([submitted, open], reviews.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
            Assert.Equal("Maybe", reviews[0].GetProperty("recommendation").GetString());
            Assert.Equal("Meine Einschätzung.", reviews[0].GetProperty("comment").GetString());
            Assert.Equal([3, 4], reviews[0].GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("score").GetInt32()));
        }

        using (var deleted = await reviewer.PostFormAsync("/account/delete", ("Input.Password", Password), ("Input.Confirm", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        var left = await app.QueryAsync(db => db.Set<ReviewAssignment>().AsNoTracking().Include(a => a.Scores).Where(a => a.Id == submitted || a.Id == open).ToListAsync());
        var kept = Assert.Single(left);
        Assert.Equal(submitted, kept.Id);
        Assert.Null(kept.ReviewerId);
        Assert.Equal(2, kept.Scores.Count);

        var ranking = await JsonAsync(editor, $"/api/funding/calls/{callId}/ranking");
        Assert.Equal(1, ranking.GetProperty("rows")[0].GetProperty("reviews").GetInt32());
        Assert.Contains("gelöschtes Konto", await editor.GetHtmlAsync($"/funding/calls/{callId}/reviews"), StringComparison.Ordinal);
    }
}

public sealed class FundingRankingTestsOnSqlite(FundingSqliteApp app) : FundingRankingTests(app), IClassFixture<FundingSqliteApp>;

public sealed class FundingRankingTestsOnPostgres(FundingPostgresApp app) : FundingRankingTests(app), IClassFixture<FundingPostgresApp>;

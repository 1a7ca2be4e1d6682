using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Demo;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Tests.Infrastructure;
using SmartRegion.Tests.Participation;
using static SmartRegion.Tests.Funding.FundingSteps;

namespace SmartRegion.Tests.Funding;

public abstract class FundingDemoSeedTests(SmartRegionApp app)
{
    [Fact]
    public async Task DemoCall_IsOpen_WithOneApplicationInEveryStateAndConsistentRecords()
    {
        using var visitor = app.NewSession();
        Assert.Contains(FundingDemoSeed.OpenCallTitle, await visitor.GetHtmlAsync("/funding/calls"), StringComparison.Ordinal);

        var call = await app.QueryAsync(db => db.Set<FundingCall>().AsNoTracking().SingleAsync(c => c.TitleDe == FundingDemoSeed.OpenCallTitle));
        Assert.Equal(CallPhase.Open, call.PhaseAt(DateTime.UtcNow));
        var applications = await app.QueryAsync(db => db.Set<FundingApplication>().AsNoTracking().Where(a => a.CallId == call.Id).ToListAsync());
        Assert.Equal(Enum.GetValues<ApplicationState>().Order(), applications.Select(a => a.State).Order());

        // What the real steps leave behind: a reference number and frozen copy for each submitted one, decisions within the budget.
        var submitted = applications.Where(a => a.State != ApplicationState.Draft).ToList();
        Assert.Equal(submitted.Count, submitted.Select(a => a.ReferenceNumber).Distinct().Count(r => r is not null));
        Assert.Equal(submitted.Count, await app.QueryAsync(db => db.Set<ApplicationVersion>().CountAsync(v => submitted.Select(a => a.Id).Contains(v.ApplicationId))));
        Assert.Equal(submitted.Count, call.LastReferenceNumber);
        var decisions = await app.QueryAsync(db => db.Set<FundingDecision>().AsNoTracking().Where(d => d.CallId == call.Id).ToListAsync());
        Assert.Equal(2, decisions.Count);
        Assert.Equal(call.ApprovedTotal, decisions.Sum(d => d.GrantedAmount ?? 0));
        Assert.True(call.ApprovedTotal <= call.TotalBudget);

        var (staff, _) = await SignedInAsync(app, "region-editor", (Roles.Editor, "kielregion"));
        using (staff)
        {
            var page = await staff.GetHtmlAsync($"/funding/calls/{call.Id}/staff");
            Assert.Contains("Offene Strandmüll-Daten Probstei (Demo)", page, StringComparison.Ordinal);
            Assert.Contains("Geschäftsstelle Förderfonds (Demo)", page, StringComparison.Ordinal);
            var approved = applications.Single(a => a.State == ApplicationState.Approved);
            Assert.Contains("Förderbescheid", await staff.GetHtmlAsync($"/funding/applications/{approved.Id}/notice"), StringComparison.Ordinal);
            var pilot = await app.QueryAsync(db => db.Set<FundingPilot>().AsNoTracking().SingleAsync(p => p.ApplicationId == approved.Id));
            Assert.Contains("Offene Strandmüll-Daten Probstei (Demo)", await visitor.GetHtmlAsync($"/funding/pilots/{pilot.Id}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PastDemoCall_IsClosed_AndItsPilotsAndTheirResultsArePublic()
    {
        using var visitor = app.NewSession();
        var call = await PastCallAsync();
        Assert.Equal(CallPhase.Closed, call.PhaseAt(DateTime.UtcNow));
        Assert.Contains(PastCallDemo.Title, await visitor.GetHtmlAsync("/funding/calls"), StringComparison.Ordinal);
        var page = await visitor.GetHtmlAsync($"/funding/calls/{call.Id}");
        Assert.Contains("<strong>Beendet</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Dieser Aufruf nimmt zurzeit keine Anträge an.", page, StringComparison.Ordinal);

        var pilots = await visitor.GetHtmlAsync("/funding/pilots");
        Assert.Contains(PastCallDemo.ReportingPilot, pilots, StringComparison.Ordinal);
        Assert.Contains(PastCallDemo.OverduePilot, pilots, StringComparison.Ordinal);
        Assert.DoesNotContain(PastCallDemo.RejectedTitle, pilots, StringComparison.Ordinal);

        // The pilot's public page shows its latest report: the delayed milestone and the money spent against the plan (10,080 of 12,600 € for material).
        var reporting = await app.QueryAsync(db => db.Set<FundingPilot>().AsNoTracking().SingleAsync(p => p.Title == PastCallDemo.ReportingPilot));
        var pilot = await visitor.GetHtmlAsync(PilotCatalog.LinkTo(reporting.Id));
        Assert.Contains("Eine Messstation an der Seebrücke", pilot, StringComparison.Ordinal);
        Assert.Contains("verzögert", pilot, StringComparison.Ordinal);
        Assert.Contains("12.600 €", pilot, StringComparison.Ordinal);
        Assert.Contains("10.080 €", pilot, StringComparison.Ordinal);

        // What the pilots achieved, by field of the strategy, on the funding pillar page.
        var pillar = await visitor.GetHtmlAsync("/funding");
        Assert.Contains("Was die Piloten erreicht haben", pillar, StringComparison.Ordinal);
        Assert.Contains("Wasserstand und Wind am Schönberger Strand", pillar, StringComparison.Ordinal);
        Assert.Contains("Mitfahrbänken rund um Preetz", pillar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastDemoCall_WasReviewedAndDecided_WithAPilotForEachApproval()
    {
        var call = await PastCallAsync();
        var decisions = await app.QueryAsync(db => db.Set<FundingDecision>().AsNoTracking().Where(d => d.CallId == call.Id).ToListAsync());
        Assert.Equal(2, decisions.Count(d => d.Outcome == DecisionOutcome.Approved));
        var rejection = Assert.Single(decisions, d => d.Outcome == DecisionOutcome.Rejected);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Reason));
        Assert.Equal(call.ApprovedTotal, decisions.Sum(d => d.GrantedAmount ?? 0));
        var pilots = await app.QueryAsync(db => db.Set<FundingPilot>().AsNoTracking().Where(p => p.CallId == call.Id).ToListAsync());
        Assert.Equal(decisions.Where(d => d.Outcome == DecisionOutcome.Approved).Select(d => d.ApplicationId).Order(), pilots.Select(p => p.ApplicationId).Order());
        Assert.All(pilots, p => Assert.Equal(3, p.Milestones.Count));
        var reviews = await app.QueryAsync(db => db.Set<ReviewAssignment>().AsNoTracking().Where(r => r.SubjectKind == "funding-application" && r.RoundId == call.Id).ToListAsync());
        Assert.Equal(6, reviews.Count(r => r.Counts));

        var (staff, _) = await SignedInAsync(app, "past-round-jury-office", (Roles.Editor, "kielregion"));
        using (staff)
        {
            // Ranked by the weighted mean of the two reviews each: 4.35, 3.65, 2.30.
            var ranking = await staff.GetHtmlAsync($"/funding/calls/{call.Id}/ranking");
            var places = new[] { PastCallDemo.ReportingPilot, PastCallDemo.OverduePilot, PastCallDemo.RejectedTitle }.Select(t => ranking.IndexOf(t, StringComparison.Ordinal)).ToList();
            Assert.All(places, place => Assert.True(place > 0));
            Assert.Equal(places.Order(), places);
            Assert.Contains("4,35", ranking, StringComparison.Ordinal);
            Assert.Contains("Birte Gutachterin (Demo)", await staff.GetHtmlAsync($"/funding/calls/{call.Id}/reviews"), StringComparison.Ordinal);
            Assert.Contains("Ablehnungsbescheid", await staff.GetHtmlAsync($"/funding/applications/{rejection.ApplicationId}/notice"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PastDemoPilots_Report_OneInterimReportSubmittedAndOneOverdueOnTheStaffPage()
    {
        var call = await PastCallAsync();
        var pilots = await app.QueryAsync(db => db.Set<FundingPilot>().AsNoTracking().Include(p => p.Reports).Where(p => p.CallId == call.Id).ToListAsync());
        var reporting = pilots.Single(p => p.Title == PastCallDemo.ReportingPilot);
        var interim = reporting.Reports.Where(r => r.Kind == ReportKind.Interim).OrderBy(r => r.DueOn).First();
        Assert.True(interim.IsSubmitted);
        Assert.Equal(reporting.BudgetPlan.Select(line => line.Category), interim.Spending.Select(s => s.Category));
        Assert.All(interim.Spending, s => Assert.NotNull(s.Spent));
        Assert.Equal(reporting.Milestones.Select(m => m.Title), interim.Milestones.Select(m => m.Title));
        var late = pilots.Single(p => p.Title == PastCallDemo.OverduePilot);
        Assert.True(late.Reports.Where(r => r.Kind == ReportKind.Interim).OrderBy(r => r.DueOn).First().IsOverdueOn(PilotSteps.Today));

        var (staff, _) = await SignedInAsync(app, "past-round-editor", (Roles.Editor, "kielregion"));
        using (staff)
        {
            var overview = await staff.GetHtmlAsync($"/funding/calls/{call.Id}/pilots");
            Assert.Contains("Überfällige Berichte: 1", overview, StringComparison.Ordinal);
            var lateRow = overview[overview.IndexOf(PastCallDemo.OverduePilot, StringComparison.Ordinal)..];
            Assert.Contains("Überfällig – war fällig am", lateRow[..lateRow.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);

            var report = await staff.GetHtmlAsync(PilotCatalog.ReportLink(reporting.Id, interim.Id));
            Assert.Contains("Eingereicht am", report, StringComparison.Ordinal);
            Assert.Contains("Die Station steht an der Seebrücke", report, StringComparison.Ordinal);
            Assert.Contains("Die Genehmigung des Standorts kam drei Monate später als geplant.", report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DemoFunding_SeedRunAgain_AddsNothing()
    {
        async Task<int[]> CountAsync() => await app.QueryAsync(async db => new[]
        {
            await db.Set<FundingApplication>().CountAsync(),
            await db.Set<FundingPilot>().CountAsync(),
            await db.Set<PilotReport>().CountAsync(r => r.SubmittedAt != null),
            await db.Set<PilotResult>().CountAsync(),
            await db.Set<ReviewAssignment>().CountAsync(),
            await db.Users.CountAsync(),
        });
        var before = await CountAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DatabaseStartup.PrepareAsync(scope.ServiceProvider, seedDemo: true, CancellationToken.None);
        }

        Assert.Equal(before, await CountAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FundingCall>().CountAsync(c => c.TitleDe == FundingDemoSeed.OpenCallTitle)));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FundingCall>().CountAsync(c => c.TitleDe == PastCallDemo.Title)));
    }

    private Task<FundingCall> PastCallAsync() =>
        app.QueryAsync(db => db.Set<FundingCall>().AsNoTracking().SingleAsync(c => c.TitleDe == PastCallDemo.Title));
}

public sealed class FundingDemoSeedTestsOnSqlite(DemoSqliteApp app) : FundingDemoSeedTests(app), IClassFixture<DemoSqliteApp>;

public sealed class FundingDemoSeedTestsOnPostgres(DemoPostgresApp app) : FundingDemoSeedTests(app), IClassFixture<DemoPostgresApp>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Demo;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
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
    public async Task DemoFunding_SeedRunAgain_AddsNothing()
    {
        var before = await app.QueryAsync(db => db.Set<FundingApplication>().CountAsync());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DatabaseStartup.PrepareAsync(scope.ServiceProvider, seedDemo: true, CancellationToken.None);
        }

        Assert.Equal(before, await app.QueryAsync(db => db.Set<FundingApplication>().CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FundingCall>().CountAsync(c => c.TitleDe == FundingDemoSeed.OpenCallTitle)));
    }
}

public sealed class FundingDemoSeedTestsOnSqlite(DemoSqliteApp app) : FundingDemoSeedTests(app), IClassFixture<DemoSqliteApp>;

public sealed class FundingDemoSeedTestsOnPostgres(DemoPostgresApp app) : FundingDemoSeedTests(app), IClassFixture<DemoPostgresApp>;

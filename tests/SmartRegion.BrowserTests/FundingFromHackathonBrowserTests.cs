using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Modules.Projects.Hackathons.Files;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>A winning hackathon team carries its result into a funding application in a real browser; axe scans on the way.</summary>
[Collection(PortalGroup.Name)]
public sealed class FundingFromHackathonBrowserTests(PortalServer server)
{
    /// <summary>A past hackathon whose published results give the resident's team the first place.</summary>
    private async Task<int> WinningSubmissionOfTheResidentAsync(int areaId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var resident = await db.Users.Where(u => u.Email == PortalServer.ResidentEmail).Select(u => u.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var hackathon = new Hackathon
        {
            AreaId = areaId,
            Title = $"Küstenhack {Guid.NewGuid():N}"[..20],
            Description = "Daten für die Küste.",
            StartsAt = now.AddDays(-10),
            EndsAt = now.AddDays(-8),
            SubmissionDeadline = now.AddDays(-8),
            IsOnline = true,
            FieldKeys = "kuesten-meeresschutz",
            TeamSizeMin = 1,
            TeamSizeMax = 5,
            ResultsPublishedAt = now.AddDays(-7),
            CreatedAt = now.AddDays(-20),
            UpdatedAt = now.AddDays(-7),
        };
        db.Add(hackathon);
        await db.SaveChangesAsync();
        var team = new HackathonTeam { HackathonId = hackathon.Id, Name = "Strandgut", MemberCount = 1, CreatedAt = now.AddDays(-10) };
        db.Add(team);
        await db.SaveChangesAsync();
        db.Add(new TeamMembership { HackathonId = hackathon.Id, AccountId = resident, TeamId = team.Id, JoinedAt = now.AddDays(-10) });
        var submission = new HackathonSubmission
        {
            HackathonId = hackathon.Id,
            TeamId = team.Id,
            Description = "Eine Karte des Strandmülls.",
            RepositoryUrl = "https://example.org/strandgut",
            SubmittedAt = now.AddDays(-9),
            UpdatedAt = now.AddDays(-9),
            Award = HackathonAward.FirstPlace,
            JuryStatement = "Klar und nützlich.",
        };
        db.Add(submission);
        db.Add(new JuryCriterion { HackathonId = hackathon.Id, SortOrder = 1, Name = "Nutzen für die Küste", Weight = 2 });
        await db.SaveChangesAsync();
        var pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();
        db.Add(new SubmissionFile { Id = Guid.NewGuid(), SubmissionId = submission.Id, FileName = "strandgut.pdf", ContentType = "application/pdf", Length = pdf.Length, Bytes = pdf, CreatedAt = now });
        await db.SaveChangesAsync();
        return submission.Id;
    }

    [Fact]
    public async Task WinningTeamMember_ChoosesACall_GetsAPrefilledDraft_PagesAreAccessible()
    {
        var (callId, _) = await FundingBrowserData.OpenCallAsync(server);
        int kiel;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            kiel = await scope.ServiceProvider.GetRequiredService<SmartRegionDb>().Set<FundingCall>().Where(c => c.Id == callId).Select(c => c.AreaId).SingleAsync();
        }

        var submissionId = await WinningSubmissionOfTheResidentAsync(kiel);
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);

        // The hackathon's public results: the place, the jury's criteria, the result's file and the way into funding.
        int hackathonId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            hackathonId = await scope.ServiceProvider.GetRequiredService<SmartRegionDb>().Set<HackathonSubmission>().Where(s => s.Id == submissionId).Select(s => s.HackathonId).SingleAsync();
        }

        await page.GotoAsync($"/hackathons/{hackathonId}");
        var results = await page.Locator("#results-heading ~ *").AllInnerTextsAsync();
        Assert.Contains(results, r => r.Contains("Nutzen für die Küste (Gewichtung 2)", StringComparison.Ordinal));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "strandgut.pdf" }).CountAsync());
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id} (published results)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Als Förderantrag weiterführen" }).ClickAsync();
        await page.WaitForAddressAsync($"**/funding/from-hackathon/{submissionId}");
        await AxeScan.AssertAccessibleAsync(page, "/funding/from-hackathon/{id}");

        await page.Locator($"input[name=CallId][value='{callId}']").CheckAsync();
        await page.Locator("main button[type=submit]").Last.ClickAsync();
        await page.WaitForAddressAsync("**/funding/applications/*/edit");
        Assert.Equal("Strandgut", await page.GetByLabel("Titel des Projekts", new() { Exact = true }).InputValueAsync());
        Assert.Contains("Eine Karte des Strandmülls.", await page.GetByLabel("Projektbeschreibung").InputValueAsync(), StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>
/// A hackathon's jury in a real browser: the editor assigns a judge, who declares no conflict, scores with the
/// keyboard and submits; the editor then sees the ranking. Axe scans of every page on the way.
/// </summary>
[Collection(PortalGroup.Name)]
public sealed class HackathonJuryBrowserTests(PortalServer server)
{
    private const string JudgePassword = "Jury an der Kieler Förde 2026";

    [Fact]
    public async Task Judge_DeclaresScoresAndSubmits_EditorSeesTheRanking_EveryPageIsAccessible()
    {
        var (hackathonId, team) = await JudgedHackathonAsync();
        var judgeEmail = await BrowserAccounts.ReviewerAsync(server, JudgePassword);

        var editor = await server.NewPageAsync();
        await PortalServer.SignInAsync(editor, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await editor.GotoAsync($"/hackathons/{hackathonId}/jury"))?.Status);
        await AxeScan.AssertAccessibleAsync(editor, "/hackathons/{id}/jury");
        await editor.GetByLabel("Ergebnis des Teams", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = team });
        await editor.GetByLabel("Jurymitglied", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = judgeEmail.Split('@')[0] });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Zuweisen", Exact = true }).ClickAsync();
        await editor.WaitForAddressAsync("**/jury?done=assigned");
        Assert.Equal(1, await editor.GetByRole(AriaRole.Button, new() { Name = $"Zuweisung von {judgeEmail.Split('@')[0]} zurückziehen" }).CountAsync());
        await AxeScan.AssertAccessibleAsync(editor, "/hackathons/{id}/jury (an assignment to withdraw)");

        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, judgeEmail, JudgePassword);
        await page.GotoAsync("/hackathons/judging");
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/judging");
        await page.GetByRole(AriaRole.Link, new() { Name = team }).ClickAsync();
        await page.WaitForAddressAsync("**/hackathons/judging/*");
        Assert.DoesNotContain("Eine Karte der Wasserqualität", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/judging/{id} (declaration)");

        await page.GetByLabel("Nein, es besteht kein Interessenkonflikt.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Erklärung abgeben" }).ClickAsync();
        await page.WaitForAddressAsync("**?done=declared");
        Assert.Contains("Eine Karte der Wasserqualität", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/judging/{id} (scores)");

        // Scores with the keyboard: the arrow keys move within a group of radios, Tab leaves it.
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Punkte für „Nutzen für die Küste“" });
        await group.GetByLabel("0", new() { Exact = true }).FocusAsync();
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.True(await group.GetByLabel("4", new() { Exact = true }).IsCheckedAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Die Karte hilft bei der Badewasser-Warnung.");
        await page.GetByLabel("Ja, auszeichnen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewertung abgeben" }).ClickAsync();
        await page.WaitForAddressAsync("**?done=submitted");
        Assert.Contains("Die Karte hilft bei der Badewasser-Warnung.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/judging/{id} (submitted)");

        // A new page closes the earlier contexts (see PortalServer), so the editor signs in again for the ranking.
        var ranking = await server.NewPageAsync();
        await PortalServer.SignInAsync(ranking, PortalServer.AdminEmail, PortalServer.AdminPassword);
        await ranking.GotoAsync($"/hackathons/{hackathonId}/jury");
        var row = ranking.GetByRole(AriaRole.Row).Filter(new() { HasText = team }).Last;
        Assert.Contains("4,00", await row.InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(ranking, "/hackathons/{id}/jury (ranking)");

        // The results form shows the jury's standing beside the result.
        await ranking.GotoAsync($"/hackathons/{hackathonId}/results");
        Assert.Contains("Jury: 4,00 Punkte (abgegebene Bewertungen: 1)", await ranking.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(ranking, "/hackathons/{id}/results (with the jury's standing)");
    }

    /// <summary>A Kiel hackathon past its deadline with one team's result and one criterion; returns its id and the team's name.</summary>
    private async Task<(int Id, string Team)> JudgedHackathonAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var kiel = await scope.ServiceProvider.GetRequiredService<RegionDirectory>().AreaIdAsync("kiel", CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var now = DateTime.UtcNow;
        var hackathon = new Hackathon
        {
            AreaId = kiel!.Value,
            Title = $"Förde-Hack {Guid.NewGuid():N}"[..18],
            Description = "Daten für saubere Badestellen.",
            StartsAt = now.AddDays(-3),
            EndsAt = now.AddDays(-1),
            SubmissionDeadline = now.AddDays(-1),
            IsOnline = true,
            FieldKeys = "kuesten-meeresschutz",
            TeamSizeMin = 1,
            TeamSizeMax = 5,
            CreatedAt = now.AddDays(-10),
            UpdatedAt = now.AddDays(-10),
        };
        db.Add(hackathon);
        await db.SaveChangesAsync();
        var team = new HackathonTeam { HackathonId = hackathon.Id, Name = $"Badestelle {hackathon.Id}", MemberCount = 0, CreatedAt = now.AddDays(-3) };
        db.Add(team);
        db.Add(new JuryCriterion { HackathonId = hackathon.Id, SortOrder = 1, Name = "Nutzen für die Küste", Description = "Hilft es Badegästen und Behörden?", Weight = 2 });
        await db.SaveChangesAsync();
        db.Add(new HackathonSubmission
        {
            HackathonId = hackathon.Id,
            TeamId = team.Id,
            Description = "Eine Karte der Wasserqualität an den Kieler Badestellen.",
            RepositoryUrl = "https://example.org/badestelle",
            SubmittedAt = now.AddDays(-2),
            UpdatedAt = now.AddDays(-2),
        });
        await db.SaveChangesAsync();
        return (hackathon.Id, team.Name);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>A funded pilot in a real browser: its team writes the interim report with the keyboard alone; axe scans of the pilot's pages on the way.</summary>
[Collection(PortalGroup.Name)]
public sealed class FundingPilotBrowserTests(PortalServer server)
{
    /// <summary>An approved application of the resident to a new call, and its pilot, founded as an approval founds it.</summary>
    private async Task<(int PilotId, int ReportId)> PilotOfTheResidentAsync()
    {
        var (callId, gaarden) = await FundingBrowserData.OpenCallAsync(server);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var call = await db.Set<FundingCall>().SingleAsync(c => c.Id == callId);
        var resident = await db.Users.Where(u => u.Email == PortalServer.ResidentEmail).Select(u => u.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var answers = new Dictionary<string, FieldAnswer>
        {
            ["f2"] = new() { Milestones = [new() { Title = "Erste Fahrt", Due = DateOnly.FromDateTime(now.AddDays(60)) }, new() { Title = "Fahrplan für alle", Due = DateOnly.FromDateTime(now.AddDays(300)) }] },
            ["f3"] = new() { Budget = [new() { Category = "Personal", Amount = 20_000m }, new() { Category = "Sachkosten", Amount = 10_000m }] },
        };
        var application = new FundingApplication
        {
            CallId = callId,
            ApplicantId = resident,
            Title = $"Bürgerbus {Guid.NewGuid():N}"[..20],
            ApplicantName = "Nachbarschaftsverein Gaarden e. V.",
            ApplicantType = ApplicantType.Association,
            AreaId = gaarden,
            GrantRequested = 20_000m,
            Answers = answers,
            State = ApplicationState.Approved,
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
        };
        db.Add(application);
        await db.SaveChangesAsync();
        var pilot = PilotFounding.Plan(call, application, answers, 18_000m, now);
        db.Add(pilot);
        await db.SaveChangesAsync();
        return (pilot.Id, pilot.Reports.Single(r => r.Kind == ReportKind.Interim).Id);
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e.id || e.textContent || '').trim(); }");

    private static async Task TabToAsync(IPage page, string target, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page) == target)
            {
                return;
            }
        }

        Assert.Fail($"'{target}' was not reached with {limit} presses of Tab.");
    }

    [Fact]
    public async Task TeamMember_WritesTheInterimReportWithTheKeyboard_ThePagesAreAccessible()
    {
        var (pilotId, reportId) = await PilotOfTheResidentAsync();
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        Assert.Equal(200, (await page.GotoAsync("/funding/pilots"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/pilots");
        Assert.Equal(200, (await page.GotoAsync($"/funding/pilots/{pilotId}"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/pilots/{id} (team)");

        // From the pilot's schedule to the report, then every field with the keyboard.
        await TabToAsync(page, "Zwischenbericht");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync($"**/funding/pilots/{pilotId}/reports/{reportId}");
        await AxeScan.AssertAccessibleAsync(page, "/funding/pilots/{id}/reports/{id}");
        await TabToAsync(page, "Input_Narrative");
        await page.Keyboard.TypeAsync("Der Bus fährt seit März jeden Abend durch Gaarden.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Milestones_0__Status", await FocusedAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "Input_Spending_0__Spent");
        await page.Keyboard.TypeAsync("4.000");
        await TabToAsync(page, "Bericht einreichen");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#error-summary");

        // The missing amount is named next to its field and in the summary; what was typed is still there.
        var missing = page.GetByLabel("Bisher ausgegeben für Sachkosten (Euro)");
        Assert.Equal("true", await missing.GetAttributeAsync("aria-invalid"));
        Assert.Contains("Bitte füllen Sie das Feld", await page.Locator("#Input_Spending_1__Spent-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("4.000", await page.GetByLabel("Bisher ausgegeben für Personal (Euro)").InputValueAsync());
        Assert.Equal("Done", await page.GetByLabel("Stand: Erste Fahrt").InputValueAsync());
        await AxeScan.AssertAccessibleAsync(page, "/funding/pilots/{id}/reports/{id} (errors)");

        await TabToAsync(page, "Input_Spending_1__Spent");
        await page.Keyboard.TypeAsync("2.500");
        await TabToAsync(page, "Bericht einreichen");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync("**?done=report-submitted");

        Assert.Contains("Der Bericht ist eingereicht.", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/funding/pilots/{id}/reports/{id} (submitted)");
        await page.GotoAsync($"/funding/pilots/{pilotId}");
        Assert.Contains("6.500 €", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Eingereicht am", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamAndStaffPages_OfAPilot_AreAccessible()
    {
        var (pilotId, _) = await PilotOfTheResidentAsync();
        int callId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            callId = await scope.ServiceProvider.GetRequiredService<SmartRegionDb>().Set<FundingPilot>().Where(p => p.Id == pilotId).Select(p => p.CallId).SingleAsync();
        }

        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        foreach (var (path, name) in new[]
        {
            ($"/funding/pilots/{pilotId}/team", "/funding/pilots/{id}/team"),
            ($"/funding/pilots/{pilotId}/kpis", "/funding/pilots/{id}/kpis"),
            ($"/funding/pilots/{pilotId}/results", "/funding/pilots/{id}/results"),
            ($"/funding/calls/{callId}/pilots", "/funding/calls/{id}/pilots"),
        })
        {
            Assert.Equal(200, (await page.GotoAsync(path))?.Status);
            await AxeScan.AssertAccessibleAsync(page, name);
        }
    }
}

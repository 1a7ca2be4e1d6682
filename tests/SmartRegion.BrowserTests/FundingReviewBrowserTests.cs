using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>The review of an application in a real browser: staff assign a reviewer, who declares no conflict, scores and submits; axe scans on the way and of the ranking.</summary>
[Collection(PortalGroup.Name)]
public sealed class FundingReviewBrowserTests(PortalServer server)
{
    private const string ReviewerPassword = "Gutachten an der Förde 2026";

    [Fact]
    public async Task Reviewer_DeclaresNoConflictScoresAndSubmits_EveryStepAndTheRankingAreAccessible()
    {
        var (callId, gaarden) = await FundingBrowserData.OpenCallAsync(server);
        var reference = await SubmittedApplicationAsync(callId, gaarden);
        var reviewerEmail = await BrowserAccounts.ReviewerAsync(server, ReviewerPassword);

        var staff = await server.NewPageAsync();
        await PortalServer.SignInAsync(staff, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await staff.GotoAsync($"/funding/calls/{callId}/reviews"))?.Status);
        await AxeScan.AssertAccessibleAsync(staff, "/funding/calls/{id}/reviews");
        await staff.GetByLabel("Antrag", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{reference} – Bürgerbus Gaarden" });
        await staff.GetByLabel("Gutachterin oder Gutachter", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = reviewerEmail.Split('@')[0] });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Zuweisen" }).ClickAsync();
        await staff.WaitForAddressAsync("**/reviews?assigned=true");
        Assert.Equal(1, await staff.GetByRole(AriaRole.Button, new() { Name = $"Zuweisung von {reviewerEmail.Split('@')[0]} zurückziehen" }).CountAsync());
        await AxeScan.AssertAccessibleAsync(staff, "/funding/calls/{id}/reviews (an assignment to withdraw)");

        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, reviewerEmail, ReviewerPassword);
        await page.GotoAsync("/funding/reviews");
        await AxeScan.AssertAccessibleAsync(page, "/funding/reviews");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bürgerbus Gaarden" }).ClickAsync();
        await page.WaitForAddressAsync("**/funding/reviews/*");
        await AxeScan.AssertAccessibleAsync(page, "/funding/reviews/{id} (declaration)");

        await page.GetByLabel("Nein, es besteht kein Interessenkonflikt.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Erklärung abgeben" }).ClickAsync();
        await page.WaitForAddressAsync("**?done=declared");
        Assert.Contains("Ein Kleinbus fährt abends durch Gaarden.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Bewertung abgeben" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        Assert.Contains("mit einer ganzen Zahl von 0 bis 5", await page.Locator("#Form_Scores_c1__Score-error").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/funding/reviews/{id} (errors)");

        await page.GetByRole(AriaRole.Group, new() { Name = "Punkte für „Wirkung für die Region“" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Begründung zu „Wirkung für die Region“").FillAsync("Viele Menschen in Gaarden kommen abends sicher nach Hause.");
        await page.GetByLabel("Ja, fördern").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewertung abgeben" }).ClickAsync();
        await page.WaitForAddressAsync("**?done=submitted");
        Assert.Contains("Ihre Bewertung ist abgegeben", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/funding/reviews/{id} (submitted)");

        // A new page closes the earlier contexts (see PortalServer), so staff sign in again for the ranking.
        var ranking = await server.NewPageAsync();
        await PortalServer.SignInAsync(ranking, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await ranking.GotoAsync($"/funding/calls/{callId}/ranking"))?.Status);
        Assert.Contains(reference, await ranking.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(ranking, "/funding/calls/{id}/ranking");
    }

    /// <summary>A submitted application straight into the database; returns its reference number.</summary>
    private async Task<string> SubmittedApplicationAsync(int callId, int areaId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var now = DateTime.UtcNow;
        var reference = string.Create(CultureInfo.InvariantCulture, $"SP-{now.Year}-{callId:0000}");
        db.Add(new FundingApplication
        {
            CallId = callId,
            Title = "Bürgerbus Gaarden",
            ApplicantName = "Nachbarschaftsverein Gaarden e. V.",
            ApplicantType = ApplicantType.Association,
            AreaId = areaId,
            GrantRequested = 20_000m,
            Answers = { ["f1"] = new FieldAnswer { Value = "Ein Kleinbus fährt abends durch Gaarden." } },
            State = ApplicationState.Submitted,
            ReferenceNumber = reference,
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
        });
        await db.SaveChangesAsync();
        return reference;
    }
}

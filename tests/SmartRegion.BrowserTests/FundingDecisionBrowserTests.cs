using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>A decision in a real browser: staff approve from the application page, the applicant reads and prints the notice.</summary>
[Collection(PortalGroup.Name)]
public sealed class FundingDecisionBrowserTests(PortalServer server)
{
    [Fact]
    public async Task Staff_ApproveWithTheKeyboard_ApplicantReadsANoticeThatPrintsWithoutTheSiteFrame()
    {
        var (callId, gaarden) = await FundingBrowserData.OpenCallAsync(server);
        var id = await FundingBrowserData.SubmittedApplicationAsync(server, callId, gaarden, PortalServer.ResidentEmail, "Bürgerbus Gaarden");

        var staff = await server.NewPageAsync();
        await PortalServer.SignInAsync(staff, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await staff.GotoAsync($"/funding/applications/{id}"))?.Status);
        await AxeScan.AssertAccessibleAsync(staff, "/funding/applications/{id} (staff, decision forms)");

        // An amount above the one asked for is refused next to the field; then a valid one is approved, all by keyboard.
        await staff.GetByLabel("Bewilligte Förderung").FocusAsync();
        await staff.Keyboard.TypeAsync("25.000");
        await staff.Keyboard.PressAsync("Enter");
        await staff.WaitForSelectorAsync("#error-summary");
        Assert.Equal("true", await staff.GetByLabel("Bewilligte Förderung").GetAttributeAsync("aria-invalid"));
        Assert.Contains("zwischen 5.000 € und 20.000 €", await staff.Locator("#DecisionAmount-error").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(staff, "/funding/applications/{id} (decision error)");

        await staff.GetByLabel("Bewilligte Förderung").FillAsync("");
        await staff.GetByLabel("Bewilligte Förderung").FocusAsync();
        await staff.Keyboard.TypeAsync("18.000");
        await staff.Keyboard.PressAsync("Enter");
        await staff.WaitForAddressAsync("**/funding/applications/*?done=decided");
        Assert.Contains("Bewilligt mit 18.000 €", await staff.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var applicant = await server.NewPageAsync();
        await PortalServer.SignInAsync(applicant, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        Assert.Equal(200, (await applicant.GotoAsync($"/funding/applications/{id}"))?.Status);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Bescheid lesen" }).ClickAsync();
        await applicant.WaitForAddressAsync("**/funding/applications/*/notice");
        Assert.Equal("Förderbescheid", await applicant.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await AxeScan.AssertAccessibleAsync(applicant, "/funding/applications/{id}/notice");

        Assert.True(await applicant.Locator(".site-header").IsVisibleAsync());
        await applicant.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await applicant.Locator(".site-header").IsVisibleAsync());
        Assert.False(await applicant.Locator(".site-footer").IsVisibleAsync());
        Assert.True(await applicant.GetByRole(AriaRole.Heading, new() { Name = "Förderbescheid" }).IsVisibleAsync());
    }
}

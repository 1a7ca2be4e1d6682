using System.Globalization;
using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>The funding pot in a real browser: an applicant fills in and submits an application, and the editor's call form; axe scans on the way.</summary>
[Collection(PortalGroup.Name)]
public sealed class FundingBrowserTests(PortalServer server)
{
    [Fact]
    public async Task Applicant_FillsInWithAnErrorThenSubmits_EveryStepIsAccessible()
    {
        var (callId, gaarden) = await FundingBrowserData.OpenCallAsync(server);
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        Assert.Equal(200, (await page.GotoAsync($"/funding/calls/{callId}"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag beginnen" }).ClickAsync();
        await page.WaitForAddressAsync("**/funding/applications/*/edit");
        await page.GetByLabel("Titel des Projekts", new() { Exact = true }).FillAsync("Bürgerbus Gaarden");
        await page.GetByLabel("Antragstellende Person oder Organisation").FillAsync("Nachbarschaftsverein Gaarden e. V.");
        await page.GetByLabel("Art der Antragstellenden").SelectOptionAsync("Association");
        await page.GetByLabel("Gebiet des Projekts").SelectOptionAsync(gaarden.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Beantragte Fördersumme (Euro)").FillAsync("60.000");
        await page.GetByLabel("Titel, Meilenstein 1").FillAsync("Erste Fahrt");
        await page.GetByLabel("Fällig am, Meilenstein 1").FillAsync(DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Kostenart, Zeile 1").SelectOptionAsync("Personal");
        await page.GetByLabel("Betrag in Euro, Zeile 1").FillAsync("20.000");
        await page.GetByLabel("Kostenart, Zeile 2").SelectOptionAsync("Sachkosten");
        await page.GetByLabel("Betrag in Euro, Zeile 2").FillAsync("10.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.GetByLabel("Beantragte Fördersumme (Euro)").GetAttributeAsync("aria-invalid"));
        Assert.Contains("zwischen 5.000 € und 50.000 €", await page.Locator("#Input_GrantRequested-error").InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/funding/applications/{id}/edit (errors)");

        await page.GetByLabel("Beantragte Fördersumme (Euro)").FillAsync("20.000");
        await page.GetByLabel("Projektbeschreibung").FillAsync("Ein Kleinbus fährt abends durch Gaarden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();
        await page.WaitForAddressAsync("**/funding/applications/*?done=submitted");

        Assert.Contains("Ihr Aktenzeichen lautet SP-", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        await AxeScan.AssertAccessibleAsync(page, "/funding/applications/{id} (submitted)");
    }

    [Fact]
    public async Task EditorCallForm_AndStaffPage_AreAccessible()
    {
        var (callId, _) = await FundingBrowserData.OpenCallAsync(server);
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);

        Assert.Equal(200, (await page.GotoAsync("/funding/calls/new"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls/new (errors)");

        Assert.Equal(200, (await page.GotoAsync($"/funding/calls/{callId}/edit"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls/{id}/edit");
        Assert.Equal(200, (await page.GotoAsync($"/funding/calls/{callId}/staff"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls/{id}/staff");
        Assert.Equal(200, (await page.GotoAsync("/funding/calls"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls");
    }

    [Fact]
    public async Task CallForm_AddARowByKeyboard_PutsTheFocusIntoTheNewRow()
    {
        var (callId, _) = await FundingBrowserData.OpenCallAsync(server);
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await page.GotoAsync($"/funding/calls/{callId}/edit"))?.Status);
        Assert.Equal(3, await page.Locator("fieldset[id^='criterion-row-']").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Weitere Zeile: Bewertungskriterien" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#criterion-row-3");

        Assert.Equal(4, await page.Locator("fieldset[id^='criterion-row-']").CountAsync());
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'Input_Criteria_3__NameDe'");
        Assert.Equal("Wirkung für die Region", await page.Locator("#Input_Criteria_0__NameDe").InputValueAsync());
        await AxeScan.AssertAccessibleAsync(page, "/funding/calls/{id}/edit (a row added)");
    }
}

using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>An author translates their idea into Arabic; the translate page and the idea read right to left are scanned by axe-core.</summary>
[Collection(PortalGroup.Name)]
public sealed class TranslationBrowserTests(PortalServer server)
{
    [Fact]
    public async Task TranslatePageAndArabicIdea_HaveNoSeriousAccessibilityViolations()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync("/participation/ideas/new");
        await page.Locator("#Input_Title").FillAsync("Schattige Bänke an der Iltisstraße");
        await page.Locator("#Input_Body").FillAsync("Im Sommer fehlt an der Haltestelle ein Platz im Schatten zum Ausruhen.");
        await page.Locator("#Input_FieldKey").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_AreaId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Idee veröffentlichen" }).ClickAsync();
        await page.WaitForAddressAsync("**/participation/ideas/*?created=true");

        await page.Locator("#translate-link").ClickAsync();
        await page.WaitForAddressAsync("**/translate");
        await AxeScan.AssertAccessibleAsync(page, "/participation/ideas/{id}/translate");

        await page.GetByRole(AriaRole.Button, new() { Name = "Übersetzung speichern" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        Assert.Equal("true", await page.Locator("#Input_Title").GetAttributeAsync("aria-invalid"));
        await AxeScan.AssertAccessibleAsync(page, "/participation/ideas/{id}/translate (errors)");

        await page.Locator("#Input_Language").SelectOptionAsync("ar");
        await page.Locator("#Input_Title").FillAsync("مقاعد مظللة في شارع إلتيس");
        await page.Locator("#Input_Text").FillAsync("في الصيف لا يوجد مكان مظلل للراحة عند المحطة.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Übersetzung speichern" }).ClickAsync();
        await page.WaitForAddressAsync("**/participation/ideas/*?lang=ar");

        Assert.Equal("rtl", await page.Locator("#idea-text-content").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("#idea-text-content").GetAttributeAsync("lang"));
        Assert.Equal("مقاعد مظللة في شارع إلتيس", await page.Locator("h1").InnerTextAsync());
        await AxeScan.AssertAccessibleAsync(page, "/participation/ideas/{id}?lang=ar");
    }
}

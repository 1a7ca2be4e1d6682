using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>Every public page, scanned by axe-core against the WCAG 2.1 A and AA rules in a real browser.</summary>
[Collection(PortalGroup.Name)]
public sealed class AccessibilityScanTests(PortalServer server)
{
    public static TheoryData<string> PublicPages() =>
    [
        "/", "/?culture=en", "/data", "/participation", "/funding", "/areas", "/areas/kiel", "/areas/kiel-gaarden-ost", "/areas/ploen",
        "/accessibility", "/imprint", "/privacy", "/account/login", "/account/register", "/account/forgot-password",
        "/account/resend-confirmation", "/account/register/done", "/account/reset-password?email=a%40b.de&code=x", "/seite-gibt-es-nicht",
        "/areas?culture=en",
    ];

    public static TheoryData<string> SignedInPages() =>
    [
        "/account", "/account/change-password", "/account/data", "/account/delete", "/admin", "/admin/users", "/admin/tokens", "/admin/boundaries", "/areas/kiel/edit",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_HasNoSeriousAccessibilityViolations(string path)
    {
        var page = await server.NewPageAsync();
        var response = await page.GotoAsync(path);

        Assert.Equal(path == "/seite-gibt-es-nicht" ? 404 : 200, response?.Status);
        await AssertAccessibleAsync(page, path);
    }

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task SignedInPage_HasNoSeriousAccessibilityViolations(string path)
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await AssertAccessibleAsync(page, path);
    }

    [Fact]
    public async Task PersonPage_FromTheAdminList_IsAccessible()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = PortalServer.ResidentEmail.Split('@')[0] }).ClickAsync();
        await page.WaitForAddressAsync("**/admin/users/*");

        await AssertAccessibleAsync(page, "/admin/users/{id}");
    }

    [Fact]
    public async Task RegisterForm_WithErrors_StaysAccessible()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("kein-at-zeichen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.GetByLabel("E-Mail-Adresse").GetAttributeAsync("aria-invalid"));
        await AssertAccessibleAsync(page, "/account/register (errors)");
    }

    private static async Task AssertAccessibleAsync(IPage page, string path)
    {
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        Assert.Equal(path.Contains("culture=en", StringComparison.Ordinal) ? "en" : "de", lang);
        Assert.Equal("#main", await page.Locator("a.skip-link").GetAttributeAsync("href"));
        await AxeScan.AssertAccessibleAsync(page, path);
    }
}

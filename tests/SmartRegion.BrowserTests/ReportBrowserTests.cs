using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>The report pages in a real browser: axe scans, and filing a report with the keyboard alone.</summary>
[Collection(PortalGroup.Name)]
public sealed class ReportBrowserTests(PortalServer server)
{
    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e.id || e.getAttribute('href') || e.textContent || '').trim(); }");

    private static async Task TabUntilAsync(IPage page, string target, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page) == target)
            {
                var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
                Assert.NotEqual("none", outline);
                return;
            }
        }

        Assert.Fail($"'{target}' was not reached with {limit} presses of Tab.");
    }

    /// <summary>Files a report with the mouse-free form filling Playwright offers and answers the report page's address.</summary>
    private static async Task<string> FileReportAsync(IPage page, string description)
    {
        await page.GotoAsync("/participation/reports/new");
        await page.GetByLabel("Kategorie").SelectOptionAsync("beach-litter");
        await page.Locator("#Input_AreaId").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByLabel("Breitengrad").FillAsync("54.3721");
        await page.GetByLabel("Längengrad").FillAsync("10.1633");
        await page.GetByLabel("Beschreibung", new() { Exact = true }).FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung absenden" }).ClickAsync();
        await page.WaitForSelectorAsync("main .kern-alert--success", new() { Timeout = 60_000 });
        Assert.Contains("?sent=true", page.Url, StringComparison.Ordinal);
        return new Uri(page.Url).AbsolutePath;
    }

    [Fact]
    public async Task ReportList_HasNoSeriousAccessibilityViolations()
    {
        var page = await server.NewPageAsync();
        var response = await page.GotoAsync("/participation/reports");

        Assert.Equal(200, response?.Status);
        await AssertAccessibleAsync(page, "/participation/reports");
    }

    [Fact]
    public async Task ReportForm_WithAndWithoutErrors_HasNoSeriousAccessibilityViolations()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync("/participation/reports/new");
        await AssertAccessibleAsync(page, "/participation/reports/new");

        await page.GetByRole(AriaRole.Button, new() { Name = "Meldung absenden" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.GetByLabel("Breitengrad").GetAttributeAsync("aria-invalid"));
        await AssertAccessibleAsync(page, "/participation/reports/new (errors)");
    }

    [Fact]
    public async Task ReportPage_HasNoSeriousAccessibilityViolations()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        var path = await FileReportAsync(page, "Plastikflaschen im Spülsaum am Falckensteiner Strand.");

        await AssertAccessibleAsync(page, path);
        await page.GotoAsync("/participation/reports");
        await AssertAccessibleAsync(page, "/participation/reports (with a report)");
    }

    [Fact]
    public async Task ReportForm_WithKeyboardOnly_FilesAReportWithTypedCoordinates()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync("/participation/reports");
        var description = $"Abbruchkante am Weg bei Schilksee {Guid.NewGuid():N}";

        await TabUntilAsync(page, "/participation/reports/new");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#Input_Category");
        Assert.EndsWith("/participation/reports/new", page.Url, StringComparison.Ordinal);
        await TabUntilAsync(page, "Input_Category");
        await page.Keyboard.TypeAsync("Küstenerosion");
        Assert.Equal("coastal-erosion", await page.Locator("#Input_Category").InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_AreaId", await FocusedAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.NotEqual("", await page.Locator("#Input_AreaId").InputValueAsync());
        await TabUntilAsync(page, "Input_Latitude");
        await page.Keyboard.TypeAsync("54,4310");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Longitude", await FocusedAsync(page));
        await page.Keyboard.TypeAsync("10,1702");
        await TabUntilAsync(page, "Input_Description");
        await page.Keyboard.TypeAsync(description);
        await TabUntilAsync(page, "Meldung absenden");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("main .kern-alert--success", new() { Timeout = 60_000 });
        Assert.Contains("?sent=true", page.Url, StringComparison.Ordinal);

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains(description, main, StringComparison.Ordinal);
        Assert.Contains("54.431, 10.1702", main, StringComparison.Ordinal);
    }

    private static async Task AssertAccessibleAsync(IPage page, string path)
    {
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        await AxeScan.AssertAccessibleAsync(page, path);
    }
}

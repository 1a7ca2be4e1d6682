using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>Posting an idea with the keyboard alone, and the idea pages scanned by axe-core in a real browser.</summary>
[Collection(PortalGroup.Name)]
public sealed class IdeaBrowserTests(PortalServer server)
{
    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    private static async Task TabToAsync(IPage page, string id, int limit = 40)
    {
        for (var i = 0; i < limit && await FocusedIdAsync(page) != id; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(id, await FocusedIdAsync(page));
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        return page;
    }

    /// <summary>Posts an idea with the keyboard only and returns its page's path.</summary>
    private static async Task<string> PostIdeaWithKeyboardAsync(IPage page, string title)
    {
        await page.GotoAsync("/participation/ideas/new");
        await page.Locator("main").FocusAsync();
        await TabToAsync(page, "Input_Title");
        await page.Keyboard.TypeAsync(title);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Eine Bank im Schatten der Bäume, damit Ältere hier rasten können.");
        await TabToAsync(page, "Input_FieldKey");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "Input_AreaId");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "Input_Latitude");
        await page.Keyboard.TypeAsync("54,3233");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Longitude", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("10,1228");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync("**/participation/ideas/*?created=true");
        return new Uri(page.Url).AbsolutePath;
    }

    [Fact]
    public async Task NewIdea_WithKeyboardAndTypedCoordinates_IsPublished()
    {
        var page = await SignedInPageAsync();

        var path = await PostIdeaWithKeyboardAsync(page, "Bank am Kleinen Kiel");

        Assert.Equal("Bank am Kleinen Kiel", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("54,3233", await page.Locator(".idea__facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/participation/ideas/", path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdeaPages_HaveNoSeriousAccessibilityViolations()
    {
        var page = await SignedInPageAsync();
        var ideaPath = await PostIdeaWithKeyboardAsync(page, "Trinkbrunnen am Vinetaplatz");

        await AxeScan.AssertAccessibleAsync(page, ideaPath);
        foreach (var path in new[] { "/participation/ideas", "/participation/ideas?culture=en", "/participation/ideas/new", "/participation/ideas/map" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            if (path.EndsWith("/map", StringComparison.Ordinal))
            {
                await page.Locator("#ideas-map canvas").WaitForAsync();
            }

            await AxeScan.AssertAccessibleAsync(page, path);
        }
    }

    [Fact]
    public async Task IdeasMap_DrawsASingleIdeaAsALinkAndSeveralAsACluster()
    {
        var page = await SignedInPageAsync();
        var marker = Guid.NewGuid().ToString("N")[..6];
        var firstPath = await PostIdeaWithKeyboardAsync(page, $"Wasserspender {marker} eins");
        await PostIdeaWithKeyboardAsync(page, $"Wasserspender {marker} zwei");

        // Filtered to one idea: a link to its page, named by its title.
        await page.GotoAsync($"/participation/ideas/map?q={marker}%20eins");
        var single = page.Locator("#ideas-map a.ideas-map__idea");
        await single.WaitForAsync();
        Assert.Equal(1, await single.CountAsync());
        Assert.Equal($"Wasserspender {marker} eins", await single.GetAttributeAsync("aria-label"));
        Assert.Equal(firstPath, new Uri(new Uri(page.Url), await single.GetAttributeAsync("href")).AbsolutePath);

        // Both ideas stand on the same spot: one cluster button that says how many it holds.
        await page.GotoAsync($"/participation/ideas/map?q={marker}");
        var cluster = page.Locator("#ideas-map button.ideas-map__cluster");
        await cluster.WaitForAsync();
        Assert.Equal("2", (await cluster.InnerTextAsync()).Trim());
        Assert.Equal("2 Ideen – hineinzoomen", await cluster.GetAttributeAsync("aria-label"));
        Assert.Equal(0, await page.Locator("#ideas-map a.ideas-map__idea").CountAsync());
    }

    [Fact]
    public async Task NewIdeaForm_WithErrors_StaysAccessible()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/participation/ideas/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Idee veröffentlichen" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.Locator("#Input_Title").GetAttributeAsync("aria-invalid"));
        await AxeScan.AssertAccessibleAsync(page, "/participation/ideas/new (errors)");
    }

}

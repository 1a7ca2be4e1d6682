using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>Everything reachable and usable with the keyboard alone, with the focus always visible.</summary>
[Collection(PortalGroup.Name)]
public sealed class KeyboardTests(PortalServer server)
{
    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e.id || e.getAttribute('href') || e.textContent || '').trim(); }");

    private static async Task TabUntilAsync(IPage page, string target, int limit = 40)
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

    [Fact]
    public async Task SkipLink_IsTheFirstStop_AndMovesTheFocusToTheContent()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#main", await FocusedAsync(page));
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Login_WithKeyboardOnly_SignsInAndReachesAccount()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");

        await TabUntilAsync(page, "/account/login");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.EndsWith("/account/login", StringComparison.Ordinal));
        await TabUntilAsync(page, "Input_Email");
        await page.Keyboard.TypeAsync(PortalServer.ResidentEmail);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_Password", await FocusedAsync(page));
        await page.Keyboard.TypeAsync(PortalServer.ResidentPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await TabUntilAsync(page, "/account");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.EndsWith("/account", StringComparison.Ordinal));
        Assert.Contains(PortalServer.ResidentEmail, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_WithKeyboard_ShowsEnglish()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/areas");

        await TabUntilAsync(page, "/areas?culture=en");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.EndsWith("/areas?culture=en", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("html[lang='en']");

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Places of the region", await page.Locator("h1").InnerTextAsync());
    }
}

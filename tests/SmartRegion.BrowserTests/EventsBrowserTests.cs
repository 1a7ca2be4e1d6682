using System.Text.Json;
using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>Neighbourhood events in a real browser: axe scans of every view and a submission with the keyboard alone.</summary>
[Collection(PortalGroup.Name)]
public sealed class EventsBrowserTests(PortalServer server)
{
    [Theory]
    [InlineData("/participation/events")]
    [InlineData("/participation/events?area=kiel&language=ar")]
    [InlineData("/participation/events/month?year=2027&month=3")]
    [InlineData("/participation/events/month?year=2027&month=10&area=kiel&culture=en")]
    public async Task PublicEventViews_WithEvents_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await AdminWithEventsAsync();
        await page.Context.ClearCookiesAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await AxeScan.AssertAccessibleAsync(page, path);
    }

    [Fact]
    public async Task EventPage_InArabic_IsRightToLeftAndAccessible()
    {
        var page = await AdminWithEventsAsync();
        var id = await SubmitAsync(page, "لقاء الجيران في حديقة غاردن", "ar", "2027-03-28", "10:00");
        await ApproveAsync(page, id);
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync($"/participation/events/{id}");

        Assert.Equal("rtl", await page.Locator("article.event-detail").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("article.event-detail").GetAttributeAsync("lang"));
        await AxeScan.AssertAccessibleAsync(page, "/participation/events/{arabic}");
    }

    [Theory]
    [InlineData("/participation/events/new")]
    [InlineData("/participation/events/mine")]
    [InlineData("/participation/events/review")]
    public async Task SignedInEventPages_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await AdminWithEventsAsync();
        await SubmitAsync(page, "Wartet auf Prüfung", "de", "2027-04-17", "11:00");

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await AxeScan.AssertAccessibleAsync(page, path);
    }

    [Fact]
    public async Task SubmissionForm_WithErrors_StaysAccessible()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync("/participation/events/new");

        await page.GetByRole(AriaRole.Button, new() { Name = "Veranstaltung einreichen" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.Locator("#Input_AreaId").GetAttributeAsync("aria-invalid"));
        Assert.Equal("true", await page.Locator("#Input_Title").GetAttributeAsync("aria-invalid"));
        await AxeScan.AssertAccessibleAsync(page, "/participation/events/new (errors)");
    }

    [Fact]
    public async Task SubmitEvent_WithKeyboardOnly_ReachesTheConfirmation()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync("/participation/events");

        await TabUntilAsync(page, "/participation/events/new");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.EndsWith("/participation/events/new", StringComparison.Ordinal));
        await TabUntilAsync(page, "Input_Title");
        await page.Keyboard.TypeAsync("Nachbarschaftsfrühstück");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Jede und jeder bringt etwas mit.");
        await TabUntilAsync(page, "Input_AreaId");
        var gaarden = await page.Locator("#Input_AreaId option", new() { HasText = "Gaarden-Ost" }).First.GetAttributeAsync("value");
        for (var i = 0; i < 200 && await page.Locator("#Input_AreaId").InputValueAsync() != gaarden; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(gaarden, await page.Locator("#Input_AreaId").InputValueAsync());
        await TabUntilAsync(page, "Input_StartDate");
        // Day and month alike, so the keys mean the same date whichever order the browser's date field uses.
        await page.Keyboard.TypeAsync("06062027");
        Assert.Equal("2027-06-06", await page.Locator("#Input_StartDate").InputValueAsync());
        await TabUntilAsync(page, "Input_StartTime");
        await page.Keyboard.TypeAsync("0930A"); // the A sets a 12-hour field to AM and is ignored by a 24-hour one
        await TabUntilAsync(page, "Input_EndTime");
        await page.Keyboard.TypeAsync("1200P");
        Assert.Equal(("09:30", "12:00"), (await page.Locator("#Input_StartTime").InputValueAsync(), await page.Locator("#Input_EndTime").InputValueAsync()));
        await TabUntilAsync(page, "Input_PlaceName");
        await page.Keyboard.TypeAsync("Vinetaplatz");
        await TabUntilAsync(page, "Veranstaltung einreichen");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForAddressAsync(url => url.Contains("submitted=true", StringComparison.Ordinal));
        Assert.Equal("Nachbarschaftsfrühstück", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Vielen Dank!", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>A page signed in as the admin (a moderator everywhere), with approved events in March and October 2027.</summary>
    private async Task<IPage> AdminWithEventsAsync()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        foreach (var (title, language, date, time) in new[]
        {
            ("Frühjahrsputz im Park", "de", "2027-03-27", "10:00"), ("Bahar şenliği", "tr", "2027-03-28", "14:00"),
            ("أمسية الحكايات", "ar", "2027-10-31", "18:00"), ("Laternenumzug", "de", "2027-10-30", (string?)null),
        })
        {
            await ApproveAsync(page, await SubmitAsync(page, title, language, date, time));
        }

        return page;
    }

    private static async Task<int> SubmitAsync(IPage page, string title, string language, string date, string? time)
    {
        var response = await page.APIRequest.PostAsync("/api/participation/events", new()
        {
            DataObject = new
            {
                area = "kiel-gaarden-ost",
                title,
                description = "Alle sind willkommen.",
                language,
                startDate = date,
                startTime = time,
                endTime = time is null ? null : "20:00",
                allDay = time is null,
                placeName = "Vinetaplatz",
                address = "Vinetaplatz 1, Kiel",
            },
        });
        Assert.True(response.Status == 201, $"Submitting {title}: {response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("id").GetInt32();
    }

    private static async Task ApproveAsync(IPage page, int id)
    {
        var response = await page.APIRequest.PostAsync($"/api/participation/events/{id}/approve");
        Assert.Equal(204, response.Status);
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e.id || e.getAttribute('href') || e.textContent || '').trim(); }");

    private static async Task TabUntilAsync(IPage page, string target, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page) == target)
            {
                Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
                return;
            }
        }

        Assert.Fail($"'{target}' was not reached with {limit} presses of Tab.");
    }

}

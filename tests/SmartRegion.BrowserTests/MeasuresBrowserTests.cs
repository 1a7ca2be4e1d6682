using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Modules.Region;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>The measures register, a measure's page and the inbox in a real browser: axe scans and following with the keyboard.</summary>
[Collection(PortalGroup.Name)]
public sealed class MeasuresBrowserTests(PortalServer server)
{
    private async Task<int> MeasureAsync(string title)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var areaId = await db.Set<Area>().Where(a => a.Slug == "kiel-gaarden-ost").Select(a => a.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var measure = new Measure
        {
            AreaId = areaId,
            TitleDe = title,
            DescriptionDe = "Mehr Licht auf dem Weg zur Schule.",
            ResponsibleBody = "Tiefbauamt",
            BudgetEuro = 12000m,
            Status = MeasureStatus.InProgress,
            CreatedAt = now.AddDays(-3),
            UpdatedAt = now,
        };
        db.Add(measure);
        await db.SaveChangesAsync();
        db.Add(new MeasureStatusChange { MeasureId = measure.Id, Status = MeasureStatus.InProgress, At = now, ExplanationDe = "Die Leuchten sind bestellt." });
        await db.SaveChangesAsync();
        return measure.Id;
    }

    [Fact]
    public async Task Register_IsAccessible()
    {
        await MeasureAsync("Beleuchtung Vinetaplatz");
        var page = await server.NewPageAsync();
        var response = await page.GotoAsync("/participation/measures");

        Assert.Equal(200, response?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/participation/measures");
    }

    [Fact]
    public async Task MeasurePage_SignedInAndAnonymous_IsAccessible()
    {
        var id = await MeasureAsync("Beleuchtung Karlstal");
        var page = await server.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync($"/participation/measures/{id}"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/participation/measures/{id} (anonymous)");

        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await page.GotoAsync($"/participation/measures/{id}"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/participation/measures/{id} (editor)");
    }

    [Fact]
    public async Task Inbox_WithANotification_IsAccessible()
    {
        var id = await MeasureAsync("Beleuchtung Elisabethstraße");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
            var resident = await db.Users.Where(u => u.Email == PortalServer.ResidentEmail).Select(u => u.Id).SingleAsync();
            db.Add(new Notification
            {
                AccountId = resident,
                SubjectKind = SubjectKinds.Measure,
                SubjectId = id,
                TextDe = "Neuer Stand: In Umsetzung.",
                TextEn = "New status: in progress.",
                Link = $"/participation/measures/{id}",
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        Assert.Equal(200, (await page.GotoAsync("/account/inbox"))?.Status);

        await AxeScan.AssertAccessibleAsync(page, "/account/inbox");
    }

    [Fact]
    public async Task FollowButton_WithKeyboardOnly_FollowsAndKeepsThePlace()
    {
        var id = await MeasureAsync("Beleuchtung Iltisstraße");
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync($"/participation/measures/{id}");

        await TabUntilAsync(page, "Folgen");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.Contains($"#follow-measure-{id}", StringComparison.Ordinal));

        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Nicht mehr folgen" }).CountAsync());
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        Assert.True(await db.Set<Follow>().AnyAsync(f => f.SubjectKind == SubjectKinds.Measure && f.SubjectId == id));
    }

    private static async Task TabUntilAsync(IPage page, string text, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => (document.activeElement.textContent || '').trim()");
            if (focused == text)
            {
                Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
                return;
            }
        }

        Assert.Fail($"'{text}' was not reached with {limit} presses of Tab.");
    }

}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>The participation overview, a process page (also in Arabic, right to left) and the process editors, scanned by axe-core.</summary>
[Collection(PortalGroup.Name)]
public sealed class ParticipationProcessesScanTests(PortalServer server)
{
    /// <summary>A published process in Gaarden with a running phase and an Arabic translation.</summary>
    private async Task<string> AddProcessAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var now = DateTime.UtcNow;
        var slug = $"gaarden-{Guid.NewGuid():N}"[..24];
        var process = new Process
        {
            Slug = slug,
            AreaId = await db.Set<SmartRegion.Modules.Region.Area>().Where(a => a.Slug == "kiel-gaarden-ost").Select(a => a.Id).SingleAsync(),
            FieldKey = "quartiersentwicklung",
            TitleDe = "Vinetaplatz gemeinsam gestalten",
            SummaryDe = "Wie soll der Platz in Zukunft aussehen? Sammeln Sie mit uns Ideen.",
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            Phases =
            [
                new Phase { Kind = PhaseKind.Information, TitleDe = "Auftakt", StartsAt = now.AddDays(-20), EndsAt = now.AddDays(-5), SortOrder = 0 },
                new Phase { Kind = PhaseKind.Contributions, TitleDe = "Ideen sammeln", StartsAt = now.AddDays(-5), EndsAt = now.AddDays(10), SortOrder = 1, IdeasOpen = true, SurveysOpen = true },
                new Phase { Kind = PhaseKind.Results, TitleDe = "Ergebnisse", StartsAt = now.AddDays(10), EndsAt = now.AddDays(30), SortOrder = 2 },
            ],
        };
        db.Add(process);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<Translations>().SaveAsync(
            "process", process.Id, "ar", "لنصمم ساحة فينيتا معًا", "كيف يجب أن تبدو الساحة في المستقبل؟", null, CancellationToken.None);
        return slug;
    }

    [Fact]
    public async Task Overview_IsAccessible()
    {
        await AddProcessAsync();
        var page = await server.NewPageAsync();

        var response = await page.GotoAsync("/participation");

        Assert.Equal(200, response?.Status);
        await AssertAccessibleAsync(page, "/participation");
    }

    [Fact]
    public async Task ProcessPage_InGermanAndInArabic_IsAccessible()
    {
        var slug = await AddProcessAsync();
        var page = await server.NewPageAsync();

        Assert.Equal(200, (await page.GotoAsync($"/participation/processes/{slug}"))?.Status);
        await AssertAccessibleAsync(page, "/participation/processes/{slug}");

        Assert.Equal(200, (await page.GotoAsync($"/participation/processes/{slug}?lang=ar"))?.Status);
        var arabic = page.Locator("#process-text-content");
        Assert.Equal("ar", await arabic.GetAttributeAsync("lang"));
        Assert.Equal("rtl", await arabic.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await arabic.EvaluateAsync<string>("element => getComputedStyle(element).direction"));
        await AssertAccessibleAsync(page, "/participation/processes/{slug}?lang=ar");
    }

    [Fact]
    public async Task ProcessEditors_AreAccessible()
    {
        var slug = await AddProcessAsync();
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);

        foreach (var path in new[] { "/participation/processes/new", $"/participation/processes/{slug}/edit", $"/participation/processes/{slug}/phases" })
        {
            Assert.Equal(200, (await page.GotoAsync(path))?.Status);
            await AssertAccessibleAsync(page, path);
        }
    }

    [Fact]
    public async Task PhasesEditor_WithErrors_StaysAccessible()
    {
        var slug = await AddProcessAsync();
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        await page.GotoAsync($"/participation/processes/{slug}/phases");

        await page.Locator("#Phases_0__EndsAt").FillAsync("2000-01-01T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phasen speichern" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.Locator("#Phases_0__EndsAt").GetAttributeAsync("aria-invalid"));
        await AssertAccessibleAsync(page, "/participation/processes/{slug}/phases (errors)");
    }

    private static async Task AssertAccessibleAsync(IPage page, string path)
    {
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        await AxeScan.AssertAccessibleAsync(page, path);
    }
}

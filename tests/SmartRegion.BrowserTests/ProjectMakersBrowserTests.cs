using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Modules.Projects.Makers;
using SmartRegion.Modules.Region;
using SmartRegion.Platform.Database;

namespace SmartRegion.BrowserTests;

/// <summary>The makers' directory, a maker's and a project's page, the profile form with an error and the staff queue, scanned by axe.</summary>
[Collection(PortalGroup.Name)]
public sealed class ProjectMakersBrowserTests(PortalServer server)
{
    /// <summary>A maker with one project and one support request in Gaarden, stored directly.</summary>
    private async Task<(string MakerSlug, string ProjectSlug)> MakerAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var areaId = await db.Set<Area>().Where(a => a.Slug == "kiel-gaarden-ost").Select(a => a.Id).SingleAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var profile = new MakerProfile
        {
            AccountId = Guid.NewGuid(),
            Slug = $"werkstatt-{suffix}",
            Kind = MakerKind.Organisation,
            DisplayName = "Offene Werkstatt Gaarden",
            Description = "Wir reparieren und bauen gemeinsam.",
            FieldKeys = ",quartiersentwicklung,",
            AreaId = areaId,
            SkillsSought = "Elektronik",
            SkillsOffered = "Räume und Werkzeug",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(profile);
        await db.SaveChangesAsync();
        var project = new MakerProject
        {
            ProfileId = profile.Id,
            Slug = $"repair-cafe-{suffix}",
            Title = "Repair-Café digital",
            Summary = "Termine und Ersatzteile online.",
            Stage = ProjectStage.Pilot,
            FieldKeys = ",quartiersentwicklung,abfall-emissionen,",
            AreaId = areaId,
            Links = "https://example.org/repair",
            Contact = ContactPreference.PlatformForm,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(project);
        await db.SaveChangesAsync();
        db.Add(new SupportRequest
        {
            ProfileId = profile.Id,
            ProjectId = project.Id,
            AreaId = areaId,
            Kind = SupportKind.Networking,
            Description = "Wer kennt Elektriker im Stadtteil?",
            Status = SupportStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return (profile.Slug, project.Slug);
    }

    [Fact]
    public async Task DirectoryMakerAndProjectPages_AreAccessible()
    {
        var (makerSlug, projectSlug) = await MakerAsync();
        var page = await server.NewPageAsync();

        foreach (var path in new[] { "/projects/makers", "/projects/directory?field=quartiersentwicklung&area=kiel", $"/projects/makers/{makerSlug}", $"/projects/{projectSlug}", $"/projects/{projectSlug}/contact" })
        {
            Assert.Equal(200, (await page.GotoAsync(path))?.Status);
            await AxeScan.AssertAccessibleAsync(page, path);
        }
    }

    [Fact]
    public async Task ProfileForm_WithAnError_IsAccessible_AndTheErrorSitsAtItsField()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        Assert.Equal(200, (await page.GotoAsync("/account/maker/profile"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/account/maker/profile");

        await page.GetByLabel("Kurzbeschreibung").FillAsync("Wir testen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.GetByLabel("Angezeigter Name").GetAttributeAsync("aria-invalid"));
        Assert.True(await page.Locator("#Input_AreaId-error").IsVisibleAsync());
        await AxeScan.AssertAccessibleAsync(page, "/account/maker/profile (errors)");
    }

    [Fact]
    public async Task StaffQueueAndHandling_AreAccessible()
    {
        await MakerAsync();
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);

        Assert.Equal(200, (await page.GotoAsync("/projects/support"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/projects/support");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Anfrage \\d+ bearbeiten$") }).First.ClickAsync();
        await page.WaitForAddressAsync("**/projects/support/*");
        await AxeScan.AssertAccessibleAsync(page, "/projects/support/{id}");
        Assert.Equal(200, (await page.GotoAsync("/account/maker"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/account/maker");
    }
}

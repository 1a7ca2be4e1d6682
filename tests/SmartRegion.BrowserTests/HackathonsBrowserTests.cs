using System.Text.Json;
using Microsoft.Playwright;

namespace SmartRegion.BrowserTests;

/// <summary>Hackathons in a real browser: axe scans of the list, a hackathon page and the form with an error, and taking part with the keyboard alone.</summary>
[Collection(PortalGroup.Name)]
public sealed class HackathonsBrowserTests(PortalServer server)
{
    private static readonly string[] Fields = ["kuesten-meeresschutz"];

    [Fact]
    public async Task HackathonListAndPage_HaveNoSeriousAccessibilityViolations()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        var id = await CreateHackathonAsync(page, "Barrierefrei hacken");
        await page.Context.ClearCookiesAsync();

        Assert.Equal(200, (await page.GotoAsync("/hackathons"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons");
        Assert.Equal(200, (await page.GotoAsync($"/hackathons/{id}"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id}");
    }

    [Fact]
    public async Task HackathonForm_WithAnError_StaysAccessible()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        await page.GotoAsync("/hackathons/new");

        await page.GetByRole(AriaRole.Button, new() { Name = "Hackathon anlegen" }).ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");

        Assert.Equal("true", await page.Locator("#Input_Title").GetAttributeAsync("aria-invalid"));
        Assert.Equal("true", await page.Locator("#Input_Area").GetAttributeAsync("aria-invalid"));
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/new (errors)");
    }

    [Fact]
    public async Task RegisterAndCreateTeam_WithKeyboardOnly_ShowsTheTeam()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        var id = await CreateHackathonAsync(page, "Tastatur-Hackathon");
        await page.Context.ClearCookiesAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        await page.GotoAsync($"/hackathons/{id}");

        await TabUntilAsync(page, "Zum Hackathon anmelden");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#Team_Name");
        await TabUntilAsync(page, "Team_Name");
        await page.Keyboard.TypeAsync("Förde-Füchse");
        await TabUntilAsync(page, "Team gründen");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("text=Ihr Team: Förde-Füchse");
        Assert.Contains("Förde-Füchse", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPages_AndTheDeleteConfirmationError_AreAccessible()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        var id = await CreateHackathonAsync(page, "Zum Bearbeiten");
        var details = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/projects/hackathons/{id}")).TextAsync()).RootElement;
        var challengeId = details.GetProperty("challenges")[0].GetProperty("id").GetInt32();

        Assert.Equal(200, (await page.GotoAsync($"/hackathons/{id}/edit"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id}/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hackathon löschen" }).ClickAsync();
        await page.WaitForSelectorAsync("#ConfirmDelete-error");
        Assert.Equal("true", await page.Locator("#ConfirmDelete").GetAttributeAsync("aria-invalid"));
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id}/edit (delete not confirmed)");

        Assert.Equal(200, (await page.GotoAsync($"/hackathons/{id}/challenges/{challengeId}/edit"))?.Status);
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id}/challenges/{challengeId}/edit");
    }

    [Fact]
    public async Task ResultFiles_WrongTypeShowsItsError_AnAcceptedFileIsListed_PageIsAccessible()
    {
        var page = await server.NewPageAsync();
        await PortalServer.SignInAsync(page, PortalServer.AdminEmail, PortalServer.AdminPassword);
        var id = await CreateHackathonAsync(page, "Mit Dateien");
        await page.Context.ClearCookiesAsync();
        await PortalServer.SignInAsync(page, PortalServer.ResidentEmail, PortalServer.ResidentPassword);
        Assert.True((await page.APIRequest.PostAsync($"/api/projects/hackathons/{id}/registration")).Ok);
        Assert.True((await page.APIRequest.PostAsync($"/api/projects/hackathons/{id}/teams", new() { DataObject = new { name = "Dateiboje" } })).Ok);
        Assert.True((await page.APIRequest.PutAsync($"/api/projects/hackathons/{id}/team/submission", new() { DataObject = new { description = "Eine Boje, die Daten sendet." } })).Ok);

        await page.GotoAsync($"/hackathons/{id}/submission");
        await page.GetByLabel("Datei hinzufügen").SetInputFilesAsync(new FilePayload { Name = "notizen.txt", MimeType = "text/plain", Buffer = "nur Text"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Datei hochladen" }).ClickAsync();
        await page.WaitForSelectorAsync("#Upload-error");
        Assert.Equal("true", await page.Locator("#Upload").GetAttributeAsync("aria-invalid"));
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id}/submission (file refused)");

        await page.GetByLabel("Datei hinzufügen").SetInputFilesAsync(new FilePayload { Name = "boje.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Datei hochladen" }).ClickAsync();
        await page.WaitForSelectorAsync("text=Die Datei ist hinzugefügt.");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "boje.pdf" }).CountAsync());
        await AxeScan.AssertAccessibleAsync(page, "/hackathons/{id}/submission (with a file)");
    }

    private static async Task<int> CreateHackathonAsync(IPage page, string title)
    {
        var response = await page.APIRequest.PostAsync("/api/projects/hackathons", new()
        {
            DataObject = new
            {
                area = "kiel",
                title = $"{title} {Guid.NewGuid().ToString("N")[..6]}",
                description = "Challenges rund um die Kieler Förde.",
                startsAt = "2031-09-19T09:00",
                endsAt = "2031-09-24T17:00",
                submissionDeadline = "2031-09-24T12:00",
                placeName = "Kiel",
                isOnline = true,
                fields = Fields,
                teamSizeMin = 1,
                teamSizeMax = 4,
            },
        });
        Assert.True(response.Status == 201, $"{response.Status} {await response.TextAsync()}");
        var id = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("id").GetInt32();
        var challenge = await page.APIRequest.PostAsync($"/api/projects/hackathons/{id}/challenges", new()
        {
            DataObject = new { title = "Müll an den Küsten", description = "Müll an der Förde erkennen.", ownerOrganisation = "Demo-Organisation" },
        });
        Assert.Equal(201, challenge.Status);
        return id;
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e.id || e.getAttribute('href') || e.textContent || '').trim(); }");

    private static async Task TabUntilAsync(IPage page, string target, int limit = 120)
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

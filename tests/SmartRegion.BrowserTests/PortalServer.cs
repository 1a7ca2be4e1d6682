using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartRegion.Platform.Identity;

namespace SmartRegion.BrowserTests;

/// <summary>
/// The platform on a real Kestrel bound to 127.0.0.1 (fresh SQLite database) and Debian's Chromium driven by
/// Playwright. The browser is never downloaded: the system's /usr/bin/chromium is used.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@kielregion.example";
    public const string AdminPassword = "Förde und Ostsee 2026";
    public const string ResidentEmail = "bewohnerin@kielregion.example";
    public const string ResidentPassword = "Gaarden ist bunt 2026";

    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SMARTREGION_CHROMIUM") ?? "/usr/bin/chromium";

    private readonly string folder = Directory.CreateTempSubdirectory("smartregion-browser-").FullName;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The address pages are opened at; localhost, so that the browser treats the origin as secure for Secure cookies.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        BaseAddress = new Uri($"http://localhost:{address.Port}");

        await CreatePersonAsync(AdminEmail, AdminPassword, Roles.Admin);
        await CreatePersonAsync(ResidentEmail, ResidentPassword, null);

        Assert.True(File.Exists(ChromiumPath), $"Chromium is needed at {ChromiumPath} (Debian package chromium).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "smartregion.db")}");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(folder, "mail"));
        builder.UseSetting("Demo:Seed", "false");

        // Every test signs in from 127.0.0.1; the production limits (10 sign-ins a minute) would refuse the later ones.
        builder.UseSetting("RateLimits:LoginPerWindow", "1000");
        builder.UseSetting("RateLimits:ResidentWritesPerWindow", "1000");
    }

    /// <summary>
    /// A page in a fresh browser context. The tests of the collection run one after another, so the contexts of
    /// earlier tests are closed first: a map left open keeps redrawing in software and would slow every later test.
    /// Waits get 90 seconds instead of Playwright's 30: `dotnet test` runs this suite beside the data tests on the
    /// same two cores, and twice a page after sign-in took longer than 30 seconds to fire its load event there.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        foreach (var earlier in Browser.Contexts.ToList())
        {
            await earlier.CloseAsync();
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "de-DE" });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private async Task CreatePersonAsync(string email, string password, string? role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (role is not null)
        {
            await scope.ServiceProvider.GetRequiredService<RoleGrantService>().GrantAsync(user, role, null, null, CancellationToken.None);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The system cleans temporary folders that are still in use.
        }

        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalGroup : ICollectionFixture<PortalServer>
{
    public const string Name = "portal";
}

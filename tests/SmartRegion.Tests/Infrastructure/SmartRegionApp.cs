using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Tests.Infrastructure;

/// <summary>
/// The whole platform in process, on a fresh database of one engine, reached through the real HTTP pipeline.
/// One instance serves a test class (as an xunit class fixture).
/// </summary>
public abstract class SmartRegionApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? database;

    /// <summary>
    /// Every app watches its configuration files and web root; with a file system watcher each, the many apps of a
    /// test run use up the machine's inotify instances (128 per user by default), and a page then fails with an
    /// IOException. Polling watchers need none; the tests never change those files.
    /// </summary>
    static SmartRegionApp() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    protected SmartRegionApp(Engine engine) => Engine = engine;

    public Engine Engine { get; }

    public TestDatabase Database => database ?? throw new InvalidOperationException("The app has not been initialised.");

    public string MailFolder => Path.Combine(Database.Folder, "mail");

    /// <summary>Settings a test class changes from the defaults below (for example low rate limits).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Engine);

        // Building the server runs the migrations and the seeds, as at a real start.
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Engine.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Mail:PickupDirectory", MailFolder);

        // Tests start from the region alone; DemoSeedTests switch the demo content on.
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("RateLimits:LoginPerWindow", "1000");
        builder.UseSetting("RateLimits:RegistrationPerWindow", "1000");
        builder.UseSetting("RateLimits:PasswordResetPerWindow", "1000");
        builder.UseSetting("RateLimits:ResidentWritesPerWindow", "1000");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser-like client: HTTPS base address (the cookies are Secure), cookies kept, redirects not followed.</summary>
    public WebSession NewSession() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    /// <summary>Creates a confirmed account directly (not through the pages) and grants it the given roles.</summary>
    public async Task<AppUser> CreatePersonAsync(string email, string password, params (string Role, string? AreaSlug)[] grants)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email.Split('@')[0],
            CreatedAt = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        var roleGrants = scope.ServiceProvider.GetRequiredService<RoleGrantService>();
        foreach (var (role, areaSlug) in grants)
        {
            var areaId = areaSlug is null ? (int?)null : await AreaIdAsync(areaSlug);
            await roleGrants.GrantAsync(user, role, areaId, null, CancellationToken.None);
        }

        return user;
    }

    public async Task<int> AreaIdAsync(string slug)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        return db.Set<SmartRegion.Modules.Region.Area>().Single(a => a.Slug == slug).Id;
    }

    /// <summary>Runs a query against the app's database, for checks that pages do not show.</summary>
    public async Task<T> QueryAsync<T>(Func<SmartRegionDb, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SmartRegionDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp() : SmartRegionApp(Engine.Sqlite);

public sealed class PostgresApp() : SmartRegionApp(Engine.Postgres);

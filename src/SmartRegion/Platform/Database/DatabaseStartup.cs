using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SmartRegion.Platform.Database;

/// <summary>Brings the schema up to date and runs the seeds before the server takes its first request.</summary>
internal sealed class DatabaseStartup(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await PrepareAsync(scope.ServiceProvider, configuration.GetValue("Demo:Seed", true), cancellationToken);
    }

    /// <summary>Migrations, then the seeds: what a start does, and what the <c>migrate</c> command does.</summary>
    public static async Task PrepareAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SmartRegionDb>();
        await MigrateAsync(db, cancellationToken);
        foreach (var seed in services.GetServices<IStartupSeed>())
        {
            if (seed.IsDemoContent && !seedDemo)
            {
                continue;
            }

            await seed.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(SmartRegionDb db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while the one writer commits; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}

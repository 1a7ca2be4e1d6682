using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// Deletes Observations older than <c>Sensing__RetentionDays</c> (0 keeps everything), once an hour. With several
/// instances on one PostgreSQL, an advisory lock lets only one of them do it.
/// </summary>
internal sealed partial class ObservationRetention(IServiceScopeFactory scopes, IOptions<SensingOptions> options, TimeProvider clock, ILogger<ObservationRetention> logger) : BackgroundService
{
    private const long AdvisoryLock = 0x5352_5245_5445_4E54; // "SRRETENT"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            if (options.Value.RetentionDays > 0)
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
#pragma warning disable CA1031 // A failed clean-up is logged and tried again in an hour; it must not stop the server.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogError(exception, "Deleting old observations failed.");
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var days = options.Value.RetentionDays;
        var cutoff = SensingTime.ToMicroseconds(clock.GetUtcNow().AddDays(-days));
        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({AdvisoryLock}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!locked)
            {
                return 0;
            }
        }

        var deleted = await db.Database.ExecuteSqlAsync($"DELETE FROM sta_observations WHERE phenomenon_time_start < {cutoff}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted, days);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} observations older than {Days} days.")]
    private static partial void LogDeleted(ILogger logger, int count, int days);
}

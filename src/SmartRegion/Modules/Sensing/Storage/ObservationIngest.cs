using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// The one write path for single Observations arriving fast (HTTP now, MQTT later): requests queue here and a
/// single writer stores them in batches, one transaction per batch (group commit). Each request is answered only
/// after its batch committed, so nothing acknowledged is ever lost; a bad Observation fails alone (savepoints),
/// the rest of its batch is stored.
/// </summary>
internal sealed class ObservationIngest(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ObservationIngest> logger) : BackgroundService
{
    private const int MaxBatch = 2_000;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(100_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <param name="body">The Observation's JSON; the caller keeps the document alive until the task ends.</param>
    public async Task<long> SubmitAsync(System.Text.Json.JsonElement body, ParentLink? parent, CancellationToken cancellationToken)
    {
        var pending = new Pending(body, parent, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await WriteBatchAsync(batch, stoppingToken);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        var results = new (long Id, Exception? Error)[batch.Count];
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var creator = new EntityCreator(connection, transaction, db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite, clock);
            for (var i = 0; i < batch.Count; i++)
            {
                await creator.ExecuteAsync("SAVEPOINT observation", [], cancellationToken);
                try
                {
                    results[i] = (await creator.CreateAsync(SensingEntities.Observations, batch[i].Body, "$", batch[i].Parent, cancellationToken), null);
                    await creator.ExecuteAsync("RELEASE SAVEPOINT observation", [], cancellationToken);
                }
                catch (WriteException exception)
                {
                    await creator.ExecuteAsync("ROLLBACK TO SAVEPOINT observation", [], cancellationToken);
                    results[i] = (0, exception);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Whatever stopped the batch, every waiting request must hear of it rather than hang.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "A batch of {Count} observations could not be stored.", batch.Count);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(exception);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                batch[i].Done.TrySetException(error);
            }
            else
            {
                batch[i].Done.TrySetResult(results[i].Id);
            }
        }
    }

    private sealed record Pending(System.Text.Json.JsonElement Body, ParentLink? Parent, TaskCompletionSource<long> Done);
}

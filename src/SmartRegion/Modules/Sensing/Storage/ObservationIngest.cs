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
    /// <returns>The stored Observation's columns, its id included, so that the answer needs no second read.</returns>
    public async Task<IReadOnlyDictionary<string, object?>> SubmitAsync(System.Text.Json.JsonElement body, ParentLink? parent, CancellationToken cancellationToken)
    {
        var pending = new Pending(body, parent, new TaskCompletionSource<IReadOnlyDictionary<string, object?>>(TaskCreationOptions.RunContinuationsAsynchronously));
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
        var results = new (IReadOnlyDictionary<string, object?>? Columns, Exception? Error)[batch.Count];
        try
        {
            // Fast path: the whole batch in one transaction without savepoints. If any Observation in it is bad,
            // everything is rolled back and the batch is written again with a savepoint per Observation, so that
            // the bad one fails alone.
            if (!await TryWriteAsync(batch, results, withSavepoints: false, cancellationToken))
            {
                await TryWriteAsync(batch, results, withSavepoints: true, cancellationToken);
            }
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
                batch[i].Done.TrySetResult(results[i].Columns!);
            }
        }
    }

    /// <returns>False when an Observation was refused on the fast path (nothing was committed then).</returns>
    private async Task<bool> TryWriteAsync(List<Pending> batch, (IReadOnlyDictionary<string, object?>? Columns, Exception? Error)[] results, bool withSavepoints, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        using var turn = await SqliteWriteGate.EnterAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var creator = new EntityCreator(connection, transaction, db.Database.IsNpgsql() ? SqlDialect.Postgres : SqlDialect.Sqlite, clock)
        {
            DeferStreamTimes = true,
            DeferObservationInserts = !withSavepoints,
        };
        for (var i = 0; i < batch.Count; i++)
        {
            if (withSavepoints)
            {
                await creator.ExecuteAsync("SAVEPOINT observation", [], cancellationToken);
            }

            try
            {
                await creator.CreateAsync(SensingEntities.Observations, batch[i].Body, "$", batch[i].Parent, cancellationToken);
                results[i] = (creator.LastColumns, null);
                if (withSavepoints)
                {
                    await creator.ExecuteAsync("RELEASE SAVEPOINT observation", [], cancellationToken);
                }
            }
            catch (WriteException exception)
            {
                if (!withSavepoints)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return false;
                }

                await creator.ExecuteAsync("ROLLBACK TO SAVEPOINT observation", [], cancellationToken);
                results[i] = (null, exception);
            }
        }

        await creator.FlushObservationsAsync(cancellationToken);
        await creator.FlushStreamTimesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed record Pending(System.Text.Json.JsonElement Body, ParentLink? Parent, TaskCompletionSource<IReadOnlyDictionary<string, object?>> Done);
}

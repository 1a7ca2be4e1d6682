using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>
/// Supports and the idea's counter, changed together in one transaction. The support's key (idea, account)
/// decides a race: the second insert fails, and only the successful one raises the counter, so the count
/// always equals the rows however many requests arrive at once.
/// </summary>
public sealed class IdeaSupports(SmartRegionDb db, TimeProvider clock)
{
    /// <summary>True when this call added the support, false when the account had already supported the idea.</summary>
    public async Task<bool> SupportAsync(int ideaId, Guid accountId, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new Support { IdeaId = ideaId, AccountId = accountId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            if (await db.Set<Support>().AnyAsync(s => s.IdeaId == ideaId && s.AccountId == accountId, cancellationToken))
            {
                return false;
            }

            throw;
        }

        await db.Set<Idea>().Where(i => i.Id == ideaId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SupportCount, i => i.SupportCount + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>True when a support was taken back; taking back twice lowers the count once.</summary>
    public async Task<bool> WithdrawAsync(int ideaId, Guid accountId, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Set<Support>().Where(s => s.IdeaId == ideaId && s.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            await db.Set<Idea>().Where(i => i.Id == ideaId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.SupportCount, i => i.SupportCount - removed), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    public Task<bool> HasSupportedAsync(int ideaId, Guid accountId, CancellationToken cancellationToken) =>
        db.Set<Support>().AnyAsync(s => s.IdeaId == ideaId && s.AccountId == accountId, cancellationToken);
}

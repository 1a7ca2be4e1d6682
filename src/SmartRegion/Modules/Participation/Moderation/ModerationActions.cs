using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>The names of the actions in the log.</summary>
public static class ModerationAction
{
    public const string Hide = "hide";
    public const string Restore = "restore";
    public const string Dismiss = "dismiss";
    public const string Block = "block";
    public const string Unblock = "unblock";

    public static readonly IReadOnlyList<string> All = [Hide, Restore, Dismiss, Block, Unblock];
}

public enum ReportOutcome
{
    Reported,
    AlreadyReported,
}

/// <summary>
/// Reports and what moderators do about them. Callers check the person's right first (see
/// <c>ParticipationAccess</c>); every action here writes its log entry in the same transaction. Nothing is deleted.
/// </summary>
public sealed class ModerationActions(SmartRegionDb db, ModeratedContents contents, TimeProvider clock)
{
    public async Task<ReportOutcome> ReportAsync(ModeratedItem item, Guid reporterId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (await HasOpenReportAsync(item, reporterId, cancellationToken))
        {
            return ReportOutcome.AlreadyReported;
        }

        db.Add(new ContentFlag
        {
            ContentKind = item.Kind,
            ContentId = item.Id,
            AreaId = item.AreaId,
            ReporterId = reporterId,
            Reason = reason,
            CreatedAt = Now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReportOutcome.Reported;
        }
        catch (DbUpdateException)
        {
            // A parallel request of the same person came first; the unique index kept this one out.
            db.ChangeTracker.Clear();
            if (!await HasOpenReportAsync(item, reporterId, cancellationToken))
            {
                throw;
            }

            return ReportOutcome.AlreadyReported;
        }
    }

    public Task<bool> HasOpenReportAsync(ModeratedItem item, Guid reporterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return db.Set<ContentFlag>().AnyAsync(
            f => f.ReporterId == reporterId && f.ContentKind == item.Kind && f.ContentId == item.Id && f.ResolvedAt == null, cancellationToken);
    }

    /// <summary>Hides the contribution and closes its open reports as hidden.</summary>
    public async Task HideAsync(ModeratedItem item, Guid moderatorId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var content = contents.For(item.Kind) ?? throw new InvalidOperationException($"No moderated content of kind {item.Kind}.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await content.HideAsync(item.Id, reason, Now, cancellationToken);
        await ResolveFlagsAsync(item, moderatorId, "hidden", cancellationToken);
        Log(ModerationAction.Hide, moderatorId, item.AreaId, reason, item, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RestoreAsync(ModeratedItem item, Guid moderatorId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var content = contents.For(item.Kind) ?? throw new InvalidOperationException($"No moderated content of kind {item.Kind}.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await content.RestoreAsync(item.Id, cancellationToken);
        Log(ModerationAction.Restore, moderatorId, item.AreaId, reason, item, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The reports were unfounded: they are closed, the contribution stays as it is.</summary>
    public async Task DismissAsync(ModeratedItem item, Guid moderatorId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ResolveFlagsAsync(item, moderatorId, "dismissed", cancellationToken);
        Log(ModerationAction.Dismiss, moderatorId, item.AreaId, reason, item, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Blocks the account from contributing in the area (and below it) until <paramref name="until"/>.</summary>
    public async Task<AccountBlock> BlockAsync(Guid accountId, int areaId, DateTime until, string reason, Guid moderatorId, ModeratedItem? cause, CancellationToken cancellationToken)
    {
        var block = new AccountBlock { AccountId = accountId, AreaId = areaId, Until = until, Reason = reason, BlockedBy = moderatorId, CreatedAt = Now };
        db.Add(block);
        Log(ModerationAction.Block, moderatorId, areaId, reason, cause, accountId);
        await db.SaveChangesAsync(cancellationToken);
        return block;
    }

    public async Task UnblockAsync(AccountBlock block, Guid moderatorId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(block);
        block.LiftedAt = Now;
        Log(ModerationAction.Unblock, moderatorId, block.AreaId, reason, null, block.AccountId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Blocks in force now (not lifted, not run out), newest first.</summary>
    public IQueryable<AccountBlock> ActiveBlocks()
    {
        var now = Now;
        return db.Set<AccountBlock>().Where(b => b.LiftedAt == null && b.Until > now).OrderByDescending(b => b.CreatedAt);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<int> ResolveFlagsAsync(ModeratedItem item, Guid moderatorId, string resolution, CancellationToken cancellationToken)
    {
        var now = Now;
        return db.Set<ContentFlag>().Where(f => f.ContentKind == item.Kind && f.ContentId == item.Id && f.ResolvedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(f => f.ResolvedAt, now).SetProperty(f => f.ResolvedBy, moderatorId).SetProperty(f => f.Resolution, resolution),
                cancellationToken);
    }

    private void Log(string action, Guid moderatorId, int areaId, string? reason, ModeratedItem? item, Guid? accountId) =>
        db.Add(new ModerationLogEntry
        {
            At = Now,
            ModeratorId = moderatorId,
            Action = action,
            ContentKind = item?.Kind,
            ContentId = item?.Id,
            AccountId = accountId ?? item?.AuthorId,
            AreaId = areaId,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>
/// Follows and the notifications they cause. A feature that changes the status of something people follow
/// calls <see cref="NotifyAsync"/> in the same unit of work; the mail delivery reads the notifications later.
/// </summary>
public sealed class Followers(SmartRegionDb db, TimeProvider clock)
{
    public Task<bool> IsFollowingAsync(Guid accountId, string subjectKind, int subjectId, CancellationToken cancellationToken) =>
        db.Set<Follow>().AnyAsync(f => f.AccountId == accountId && f.SubjectKind == subjectKind && f.SubjectId == subjectId, cancellationToken);

    public Task<int> CountAsync(string subjectKind, int subjectId, CancellationToken cancellationToken) =>
        db.Set<Follow>().CountAsync(f => f.SubjectKind == subjectKind && f.SubjectId == subjectId, cancellationToken);

    /// <summary>Follows; following twice is the same as once.</summary>
    public async Task FollowAsync(Guid accountId, string subjectKind, int subjectId, CancellationToken cancellationToken)
    {
        if (await IsFollowingAsync(accountId, subjectKind, subjectId, cancellationToken))
        {
            return;
        }

        db.Add(new Follow { AccountId = accountId, SubjectKind = subjectKind, SubjectId = subjectId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel request followed first; the key kept the second row out, which is the wanted outcome.
            db.ChangeTracker.Clear();
        }
    }

    public Task UnfollowAsync(Guid accountId, string subjectKind, int subjectId, CancellationToken cancellationToken) =>
        db.Set<Follow>().Where(f => f.AccountId == accountId && f.SubjectKind == subjectKind && f.SubjectId == subjectId)
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Adds a notification for every follower of the subject (except <paramref name="exceptAccountId"/>, the
    /// person who made the change). Saved with the caller's next SaveChanges.
    /// </summary>
    public async Task NotifyAsync(string subjectKind, int subjectId, string textDe, string textEn, string link, Guid? exceptAccountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var accounts = await db.Set<Follow>().Where(f => f.SubjectKind == subjectKind && f.SubjectId == subjectId && f.AccountId != exceptAccountId)
            .Select(f => f.AccountId).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            db.Add(new Notification { AccountId = account, SubjectKind = subjectKind, SubjectId = subjectId, TextDe = textDe, TextEn = textEn, Link = link, CreatedAt = now });
        }
    }
}

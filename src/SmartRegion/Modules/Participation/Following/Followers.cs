using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>
/// Follows and the notifications they cause. A feature that changes the status of something people follow
/// calls <c>NotifyAsync</c> in the same unit of work; the mail delivery reads the notifications later.
/// </summary>
/// <remarks>
/// The ideas feature makes an idea's author follow it when the idea is saved:
/// <c>await followers.FollowAsync(authorId, SubjectKinds.Idea, idea.Id, cancellationToken);</c> (after the
/// idea has its id). When an idea's status changes, it calls
/// <c>await followers.NotifyAsync(SubjectKinds.Idea, idea.Id, textDe, textEn, $"/participation/ideas/{idea.Id}", changedBy, cancellationToken);</c>
/// followed by its own SaveChanges.
/// </remarks>
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
    public Task NotifyAsync(string subjectKind, int subjectId, string textDe, string textEn, string link, Guid? exceptAccountId, CancellationToken cancellationToken) =>
        NotifyAsync(subjectKind, subjectId, textDe, textEn, link, exceptAccountId is { } except ? new HashSet<Guid> { except } : [], cancellationToken);

    /// <summary>
    /// Like the other overload, but skips every account in <paramref name="alreadyTold"/> and adds the ones it
    /// notifies, so that one change reaching a person through several followed subjects makes one message.
    /// </summary>
    public async Task NotifyAsync(string subjectKind, int subjectId, string textDe, string textEn, string link, ISet<Guid> alreadyTold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alreadyTold);
        var now = clock.GetUtcNow().UtcDateTime;
        var accounts = await db.Set<Follow>().Where(f => f.SubjectKind == subjectKind && f.SubjectId == subjectId)
            .Select(f => f.AccountId).ToListAsync(cancellationToken);
        foreach (var account in accounts.Where(alreadyTold.Add))
        {
            db.Add(new Notification
            {
                AccountId = account,
                SubjectKind = subjectKind,
                SubjectId = subjectId,
                TextDe = Shorten(textDe),
                TextEn = Shorten(textEn),
                Link = link,
                CreatedAt = now,
            });
        }
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..499] + "…";
}

/// <summary>The kinds of things people follow.</summary>
public static class SubjectKinds
{
    public const string Idea = "idea";
    public const string Measure = "measure";

    public static bool IsKnown(string? kind) => kind is Idea or Measure;

    public static string LinkTo(string kind, int id) => kind == Measure ? $"/participation/measures/{id}" : $"/participation/ideas/{id}";
}

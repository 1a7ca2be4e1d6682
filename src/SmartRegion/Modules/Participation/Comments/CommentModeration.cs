using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>Comments as the moderation queue sees them. Hiding or restoring one keeps the subject's comment count in step.</summary>
public sealed class CommentModeration(SmartRegionDb db, CommentSubjects subjects) : IModeratedContent
{
    public const string ContentKind = "comment";

    private const int ExcerptLength = 280;

    public string Kind => ContentKind;

    public async Task<ModeratedItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var info = comment is not null && subjects.For(comment.SubjectKind) is { } subject
            ? await subject.FindAsync(comment.SubjectId, cancellationToken)
            : null;
        if (comment is null || info is null)
        {
            return null;
        }

        var excerpt = comment.Body.Length > ExcerptLength ? comment.Body[..ExcerptLength] + "…" : comment.Body;
        return new ModeratedItem(Kind, id, info.AreaId, comment.AuthorId, excerpt, $"{info.Link}#comment-{id}", comment.HiddenAt is not null);
    }

    public Task HideAsync(long id, string reason, DateTime at, CancellationToken cancellationToken) =>
        ChangeVisibilityAsync(id, hide: true, reason, at, cancellationToken);

    public Task RestoreAsync(long id, CancellationToken cancellationToken) =>
        ChangeVisibilityAsync(id, hide: false, null, null, cancellationToken);

    private async Task ChangeVisibilityAsync(long id, bool hide, string? reason, DateTime? at, CancellationToken cancellationToken)
    {
        // The caller may already run a transaction (hide, resolve the flags, log); otherwise this one keeps text and count together.
        await using var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var changed = await db.Set<Comment>().Where(c => c.Id == id && (c.HiddenAt == null) == hide)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, at).SetProperty(c => c.HiddenReason, reason), cancellationToken);
        if (changed == 1)
        {
            var subject = await db.Set<Comment>().AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.SubjectKind, c.SubjectId }).SingleAsync(cancellationToken);
            if (subjects.For(subject.SubjectKind) is { } kind)
            {
                await kind.AdjustCommentCountAsync(subject.SubjectId, hide ? -1 : 1, cancellationToken);
            }
        }

        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }
    }
}

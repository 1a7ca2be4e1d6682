using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>Why a comment was not taken; pages and the API turn it into the text <c>Comments.Refusal.{name}</c>.</summary>
public enum CommentRefusal
{
    None,
    NotSignedIn,
    SubjectNotFound,
    CommentNotFound,
    Closed,
    Blocked,
    BodyRequired,
    BodyTooLong,
    UnknownLanguage,
    InvalidParent,
    TooDeep,
    NotAuthor,
    EditWindowOver,
}

public sealed record CommentResult(CommentRefusal Refusal, Comment? Comment)
{
    public bool Succeeded => Refusal == CommentRefusal.None;
}

/// <summary>
/// Takes and edits comments. Pages and the API both come here, so the rules (phase open, not blocked, depth,
/// edit window) hold the same for both.
/// </summary>
public sealed class CommentWriter(SmartRegionDb db, CommentSubjects subjects, ParticipationAccess access, TimeProvider clock)
{
    public const int MaxBodyLength = 3000;

    /// <summary>A comment, a reply and a reply to that; deeper threads become hard to follow on a phone.</summary>
    public const int MaxDepth = 3;

    /// <summary>Long enough to fix a typo, short enough that nobody rewrites what others already answered.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public async Task<CommentResult> AddAsync(ClaimsPrincipal user, string? subjectKind, int subjectId, long? parentId, string? body, string? language, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return Refused(CommentRefusal.NotSignedIn);
        }

        var subject = subjects.For(subjectKind);
        var info = subject is null ? null : await subject.FindAsync(subjectId, cancellationToken);
        if (subject is null || info is null)
        {
            return Refused(CommentRefusal.SubjectNotFound);
        }

        var text = body?.Trim() ?? "";
        var refusal = CheckBody(text);
        if (refusal == CommentRefusal.None && !ContentLanguage.IsKnown(language))
        {
            refusal = CommentRefusal.UnknownLanguage;
        }

        if (refusal != CommentRefusal.None)
        {
            return Refused(refusal);
        }

        if (await access.IsBlockedAsync(accountId, info.AreaId, cancellationToken))
        {
            return Refused(CommentRefusal.Blocked);
        }

        if (!info.CommentsOpen)
        {
            return Refused(CommentRefusal.Closed);
        }

        if (parentId is { } parent)
        {
            var parentRefusal = await CheckParentAsync(subject.Kind, subjectId, parent, cancellationToken);
            if (parentRefusal != CommentRefusal.None)
            {
                return Refused(parentRefusal);
            }
        }

        var comment = new Comment
        {
            SubjectKind = subject.Kind,
            SubjectId = subjectId,
            ParentId = parentId,
            AuthorId = accountId,
            Body = text,
            Language = language!,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        await subject.AdjustCommentCountAsync(subjectId, 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CommentResult(CommentRefusal.None, comment);
    }

    /// <summary>The author corrects their comment within <see cref="EditWindow"/>; the comment then shows when it was edited.</summary>
    public async Task<CommentResult> EditAsync(ClaimsPrincipal user, long commentId, string? body, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return Refused(CommentRefusal.NotSignedIn);
        }

        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null || comment.HiddenAt is not null)
        {
            return Refused(CommentRefusal.CommentNotFound);
        }

        var refusal = await CheckEditableAsync(comment, accountId, cancellationToken);
        if (refusal == CommentRefusal.None)
        {
            refusal = CheckBody(body?.Trim() ?? "");
        }

        if (refusal != CommentRefusal.None)
        {
            return Refused(refusal);
        }

        comment.Body = body!.Trim();
        comment.EditedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new CommentResult(CommentRefusal.None, comment);
    }

    /// <summary>Whether the person may still edit the comment: its author, not blocked, within the window.</summary>
    public async Task<CommentRefusal> CheckEditableAsync(Comment comment, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (comment.AuthorId != accountId)
        {
            return CommentRefusal.NotAuthor;
        }

        if (!IsWithinEditWindow(comment, clock.GetUtcNow().UtcDateTime))
        {
            return CommentRefusal.EditWindowOver;
        }

        var info = subjects.For(comment.SubjectKind) is { } subject ? await subject.FindAsync(comment.SubjectId, cancellationToken) : null;
        if (info is null)
        {
            return CommentRefusal.SubjectNotFound;
        }

        return await access.IsBlockedAsync(accountId, info.AreaId, cancellationToken) ? CommentRefusal.Blocked : CommentRefusal.None;
    }

    public static bool IsWithinEditWindow(Comment comment, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return utcNow - comment.CreatedAt < EditWindow;
    }

    private static CommentRefusal CheckBody(string text) => text.Length switch
    {
        0 => CommentRefusal.BodyRequired,
        > MaxBodyLength => CommentRefusal.BodyTooLong,
        _ => CommentRefusal.None,
    };

    private async Task<CommentRefusal> CheckParentAsync(string subjectKind, int subjectId, long parentId, CancellationToken cancellationToken)
    {
        var depth = 0;
        long? current = parentId;
        while (current is { } id)
        {
            var ancestor = await db.Set<Comment>().AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.SubjectKind, c.SubjectId, c.ParentId, c.HiddenAt }).SingleOrDefaultAsync(cancellationToken);
            if (ancestor is null || ancestor.SubjectKind != subjectKind || ancestor.SubjectId != subjectId || (depth == 0 && ancestor.HiddenAt is not null))
            {
                return CommentRefusal.InvalidParent;
            }

            depth++;
            if (depth >= MaxDepth)
            {
                return CommentRefusal.TooDeep;
            }

            current = ancestor.ParentId;
        }

        return CommentRefusal.None;
    }

    private static CommentResult Refused(CommentRefusal refusal) => new(refusal, null);
}

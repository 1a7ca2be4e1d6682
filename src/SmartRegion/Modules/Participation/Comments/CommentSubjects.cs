using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>
/// Something people comment on (ideas, measures). Each feature registers its own, so the comment code needs
/// to know neither table: it asks for the area, whether comments are taken now, and keeps the count in step.
/// </summary>
public interface ICommentSubject
{
    /// <summary><c>idea</c> or <c>measure</c>, as stored in <see cref="Comment.SubjectKind"/>.</summary>
    string Kind { get; }

    Task<CommentSubjectInfo?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="delta"/> to the subject's count of visible comments, inside the caller's transaction.</summary>
    Task AdjustCommentCountAsync(int id, int delta, CancellationToken cancellationToken);
}

/// <summary>What the comment code needs to know about a subject.</summary>
public sealed record CommentSubjectInfo(int AreaId, bool CommentsOpen, string Link);

/// <summary>Finds the subject implementation for a kind.</summary>
public sealed class CommentSubjects(IEnumerable<ICommentSubject> subjects)
{
    public ICommentSubject? For(string? kind) => subjects.FirstOrDefault(s => s.Kind == kind);
}

/// <summary>
/// Ideas take comments unless hidden; an idea of a process only while the process's current phase opens comments.
/// </summary>
public sealed class IdeaCommentSubject(SmartRegionDb db, IdeaPhases phases) : ICommentSubject
{
    public string Kind => "idea";

    public async Task<CommentSubjectInfo?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var idea = await db.Set<Idea>().AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.AreaId, i.ProcessId, i.HiddenAt }).SingleOrDefaultAsync(cancellationToken);
        if (idea is null)
        {
            return null;
        }

        var open = idea.HiddenAt is null && await phases.CommentsOpenAsync(idea.ProcessId, cancellationToken);
        return new CommentSubjectInfo(idea.AreaId, open, $"/participation/ideas/{id}");
    }

    public Task AdjustCommentCountAsync(int id, int delta, CancellationToken cancellationToken) =>
        db.Set<Idea>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CommentCount, i => i.CommentCount + delta), cancellationToken);
}

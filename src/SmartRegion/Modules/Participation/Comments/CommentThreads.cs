using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>One comment as readers see it, with its replies. A hidden comment keeps its place but not its text.</summary>
public sealed record CommentNode(
    long Id,
    long? ParentId,
    Guid? AuthorId,
    string? AuthorName,
    string? Body,
    string Language,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsHidden,
    string? HiddenReason,
    int Depth)
{
    public List<CommentNode> Replies { get; } = [];
}

/// <summary>Reads the comments of a subject as a tree, oldest first on every level.</summary>
public sealed class CommentThreads(SmartRegionDb db)
{
    /// <summary>Every comment of the subject in reading order; each node's <see cref="CommentNode.Replies"/> filled.</summary>
    public async Task<(List<CommentNode> Roots, List<CommentNode> All)> LoadAsync(string subjectKind, int subjectId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.SubjectKind == subjectKind && c.SubjectId == subjectId)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.ParentId,
                c.AuthorId,
                AuthorName = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Body,
                c.Language,
                c.CreatedAt,
                c.EditedAt,
                c.HiddenAt,
                c.HiddenReason,
            })
            .ToListAsync(cancellationToken);

        var byId = new Dictionary<long, CommentNode>();
        var roots = new List<CommentNode>();
        var all = new List<CommentNode>();
        foreach (var row in rows)
        {
            var parent = row.ParentId is { } parentId ? byId.GetValueOrDefault(parentId) : null;
            var hidden = row.HiddenAt is not null;
            var node = new CommentNode(
                row.Id, row.ParentId, row.AuthorId, row.AuthorName, hidden ? null : row.Body, row.Language,
                row.CreatedAt, row.EditedAt, hidden, hidden ? row.HiddenReason : null, (parent?.Depth ?? 0) + 1);
            byId[row.Id] = node;
            all.Add(node);
            (parent?.Replies ?? roots).Add(node);
        }

        return (roots, all);
    }
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Reviewing;

/// <summary>A person staff may assign as a reviewer.</summary>
public sealed record ReviewerChoice(Guid Id, string Name);

/// <summary>Reads reviews, and keeps the rule of who sees whose: a reviewer sees the others' reviews only after submitting their own.</summary>
public sealed class ReviewBook(SmartRegionDb db)
{
    /// <summary>The review with its scores, tracked, for changing it.</summary>
    public Task<ReviewAssignment?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().Include(a => a.Scores).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>A reviewer's assignments of one kind, the newest first (without scores).</summary>
    public Task<List<ReviewAssignment>> OfReviewerAsync(string subjectKind, Guid reviewerId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AsNoTracking().Where(a => a.SubjectKind == subjectKind && a.ReviewerId == reviewerId)
            .OrderByDescending(a => a.AssignedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>A reviewer's reviews of one kind with their scores, the oldest first, for the person's data download.</summary>
    public Task<List<ReviewAssignment>> OfReviewerWithScoresAsync(string subjectKind, Guid reviewerId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AsNoTracking().Include(a => a.Scores).Where(a => a.SubjectKind == subjectKind && a.ReviewerId == reviewerId)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Every review of a round with its scores, for staff: rankings, exports, the overview.</summary>
    public Task<List<ReviewAssignment>> OfRoundAsync(string subjectKind, int roundId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AsNoTracking().Include(a => a.Scores).Where(a => a.SubjectKind == subjectKind && a.RoundId == roundId)
            .OrderBy(a => a.SubjectId).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Whether the person reviews the subject and declared no conflict: then they may read it.</summary>
    public Task<bool> MayReadSubjectAsync(string subjectKind, int subjectId, Guid reviewerId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AnyAsync(a => a.SubjectKind == subjectKind && a.SubjectId == subjectId && a.ReviewerId == reviewerId && a.HasConflict == false, cancellationToken);

    /// <summary>Whether the person still has a review of the round to submit; such a person must not see the round's scores yet.</summary>
    public Task<bool> HasOpenReviewAsync(string subjectKind, int roundId, Guid reviewerId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AnyAsync(a => a.SubjectKind == subjectKind && a.RoundId == roundId && a.ReviewerId == reviewerId && a.SubmittedAt == null && a.HasConflict != true, cancellationToken);

    /// <summary>
    /// The other submitted reviews of the same subject, but only once <paramref name="own"/> is submitted without a
    /// conflict: before, a reviewer sees nobody else's scores; a reviewer with a conflict never does.
    /// </summary>
    public async Task<List<ReviewAssignment>> OthersVisibleToAsync(ReviewAssignment own, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(own);
        if (!own.Counts)
        {
            return [];
        }

        return await db.Set<ReviewAssignment>().AsNoTracking().Include(a => a.Scores)
            .Where(a => a.SubjectKind == own.SubjectKind && a.SubjectId == own.SubjectId && a.Id != own.Id && a.SubmittedAt != null && a.HasConflict == false)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The accounts <paramref name="ids"/> by name, for choosing reviewers among the holders of a role.</summary>
    public async Task<List<ReviewerChoice>> NamedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new ReviewerChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return [.. people.OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }
}

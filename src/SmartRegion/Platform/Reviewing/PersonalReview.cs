namespace SmartRegion.Platform.Reviewing;

/// <summary>
/// A reviewer's review as their data download shows it: what was reviewed (<paramref name="Subject"/> is the name the
/// owning module gives it, e.g. a reference number or a team), the declaration, the scores and the recommendation.
/// </summary>
public sealed record PersonalReview(
    int Id, int SubjectId, int RoundId, string? Subject, DateTime AssignedAt, DateTime? DeclaredAt, bool? HasConflict, string? ConflictNote,
    DateTime? SubmittedAt, string? Recommendation, string? Comment, IReadOnlyList<PersonalScore> Scores)
{
    public static PersonalReview Of(ReviewAssignment review, string? subject)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new PersonalReview(
            review.Id, review.SubjectId, review.RoundId, subject, review.AssignedAt, review.DeclaredAt, review.HasConflict, review.ConflictNote,
            review.SubmittedAt, review.Recommendation?.ToString(), review.Comment,
            [.. review.Scores.OrderBy(s => s.CriterionKey, StringComparer.Ordinal).Select(s => new PersonalScore(s.CriterionKey, s.Score, s.Comment))]);
    }
}

public sealed record PersonalScore(string CriterionKey, int Score, string? Comment);

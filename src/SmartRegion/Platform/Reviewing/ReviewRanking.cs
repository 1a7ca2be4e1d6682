namespace SmartRegion.Platform.Reviewing;

/// <summary>A subject's standing: the mean of the reviewers' weighted scores, how far they lie apart, and the recommendations.</summary>
public sealed record SubjectStanding(int SubjectId, decimal? WeightedMean, decimal? Spread, int Reviews, int Yes, int Maybe, int No);

/// <summary>
/// The arithmetic of a ranking. Only submitted reviews without a conflict count. Each review's weighted score is
/// the weighted mean of its scores (weights of the criteria it scored); a subject's weighted mean is the plain
/// mean of its reviews' weighted scores, and the spread is the highest minus the lowest of them.
/// </summary>
public static class ReviewRanking
{
    public static decimal? WeightedScore(ReviewAssignment review, IReadOnlyList<ReviewCriterionRef> criteria)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(criteria);
        var scored = criteria
            .Where(c => c.Weight > 0)
            .Select(c => (c.Weight, Score: review.Scores.FirstOrDefault(s => s.CriterionKey == c.Key)))
            .Where(c => c.Score is not null)
            .ToList();
        var weights = scored.Sum(c => c.Weight);
        return weights == 0 ? null : scored.Sum(c => (decimal)c.Weight * c.Score!.Score) / weights;
    }

    public static SubjectStanding Standing(int subjectId, IEnumerable<ReviewAssignment> reviews, IReadOnlyList<ReviewCriterionRef> criteria)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var counted = reviews.Where(r => r.SubjectId == subjectId && r.Counts).ToList();
        var weighted = counted.Select(r => WeightedScore(r, criteria)).OfType<decimal>().ToList();
        return new SubjectStanding(
            subjectId,
            weighted.Count == 0 ? null : weighted.Average(),
            weighted.Count == 0 ? null : weighted.Max() - weighted.Min(),
            counted.Count,
            counted.Count(r => r.Recommendation == ReviewRecommendation.Yes),
            counted.Count(r => r.Recommendation == ReviewRecommendation.Maybe),
            counted.Count(r => r.Recommendation == ReviewRecommendation.No));
    }

    /// <summary>The subjects from the best weighted mean down; subjects without a counted review last, in the order given.</summary>
    public static List<SubjectStanding> Rank(IEnumerable<int> subjectIds, IReadOnlyCollection<ReviewAssignment> reviews, IReadOnlyList<ReviewCriterionRef> criteria)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        return [.. subjectIds.Select(id => Standing(id, reviews, criteria)).OrderBy(s => s.WeightedMean is null).ThenByDescending(s => s.WeightedMean ?? 0)];
    }
}

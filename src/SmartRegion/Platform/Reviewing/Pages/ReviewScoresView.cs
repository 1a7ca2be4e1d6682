namespace SmartRegion.Platform.Reviewing.Pages;

/// <summary>
/// A submitted review as <c>_ReviewScores.cshtml</c> shows it: a table of the scores with their reasons, the
/// recommendation (in the words of the module with <paramref name="TextPrefix"/>) and the comment.
/// </summary>
public sealed record ReviewScoresView(string Caption, IReadOnlyList<ReviewCriterionRef> Criteria, ReviewAssignment Review, string TextPrefix)
{
    public decimal? WeightedScore => ReviewRanking.WeightedScore(Review, Criteria);
}

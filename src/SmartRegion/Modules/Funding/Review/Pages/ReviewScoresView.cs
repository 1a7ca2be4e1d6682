using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Review.Pages;

/// <summary>A submitted review as <c>_ReviewScores.cshtml</c> shows it: a table of the scores with their reasons, the recommendation and the comment.</summary>
public sealed record ReviewScoresView(string Caption, IReadOnlyList<ReviewCriterionRef> Criteria, ReviewAssignment Review)
{
    public decimal? WeightedScore => ReviewRanking.WeightedScore(Review, Criteria);
}

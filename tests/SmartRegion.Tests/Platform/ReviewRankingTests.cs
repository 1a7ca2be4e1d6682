using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Tests.Platform;

/// <summary>The ranking arithmetic of the review engine on its own: which reviews count and how the numbers come about.</summary>
public sealed class ReviewRankingTests
{
    private static readonly ReviewCriterionRef[] Criteria = [new("impact", 30, "Wirkung"), new("cost", 70, "Kosten"), new("unweighted", 0, "Ohne Gewicht")];

    private static ReviewAssignment Review(int subjectId, bool submitted, bool conflict, ReviewRecommendation? recommendation, params (string Key, int Score)[] scores) => new()
    {
        SubjectId = subjectId,
        DeclaredAt = DateTime.UtcNow,
        HasConflict = conflict,
        SubmittedAt = submitted ? DateTime.UtcNow : null,
        Recommendation = recommendation,
        Scores = [.. scores.Select(s => new ReviewScore { CriterionKey = s.Key, Score = s.Score })],
    };

    [Fact]
    public void WeightedScore_CriteriaWithoutScoreOrWeight_AreLeftOut()
    {
        // (2·30 + 5·70) / 100 = 4.1; the unweighted criterion's 0 changes nothing.
        Assert.Equal(4.1m, ReviewRanking.WeightedScore(Review(1, true, false, null, ("impact", 2), ("cost", 5), ("unweighted", 0)), Criteria));

        // Only impact scored (a criterion added later): its own score.
        Assert.Equal(3m, ReviewRanking.WeightedScore(Review(1, true, false, null, ("impact", 3)), Criteria));
        Assert.Null(ReviewRanking.WeightedScore(Review(1, true, false, null), Criteria));
    }

    [Fact]
    public void Rank_OnlySubmittedReviewsWithoutConflict_CountAndUnreviewedSubjectsComeLast()
    {
        ReviewAssignment[] reviews =
        [
            Review(1, true, false, ReviewRecommendation.Yes, ("impact", 5), ("cost", 5)),
            Review(1, true, false, ReviewRecommendation.No, ("impact", 0), ("cost", 1)),
            Review(1, true, true, null),
            Review(1, false, false, null, ("impact", 0), ("cost", 0)),
            Review(2, true, false, ReviewRecommendation.Maybe, ("impact", 4), ("cost", 4)),
        ];

        var ranking = ReviewRanking.Rank([3, 1, 2], reviews, Criteria);

        Assert.Equal([2, 1, 3], ranking.Select(s => s.SubjectId));

        // Subject 1: 5 and (0·30 + 1·70) / 100 = 0.7, mean 2.85, spread 4.3.
        Assert.Equal(new SubjectStanding(1, 2.85m, 4.3m, 2, 1, 0, 1), ranking[1]);
        Assert.Equal(new SubjectStanding(2, 4m, 0m, 1, 0, 1, 0), ranking[0]);
        Assert.Equal(new SubjectStanding(3, null, null, 0, 0, 0, 0), ranking[2]);
    }
}

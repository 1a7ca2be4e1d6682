using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Review;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class ReviewTexts
{
    public static string Stage(ReviewStage stage) => $"Funding.Review.Stage.{stage}";

    public static string Recommendation(ReviewRecommendation recommendation) => $"Funding.Review.Recommendation.{recommendation}";
}

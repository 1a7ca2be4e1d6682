namespace SmartRegion.Platform.Reviewing;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class ReviewTexts
{
    public static string Stage(ReviewStage stage) => $"Reviewing.Stage.{stage}";

    /// <summary>
    /// A recommendation names what it recommends ("fund it", "award it"), so its words belong to the module:
    /// <paramref name="textPrefix"/> is the module's prefix, e.g. <c>Funding.Review</c>.
    /// </summary>
    public static string Recommendation(string textPrefix, ReviewRecommendation recommendation) => $"{textPrefix}.Recommendation.{recommendation}";
}

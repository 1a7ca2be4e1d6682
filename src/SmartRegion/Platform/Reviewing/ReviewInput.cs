namespace SmartRegion.Platform.Reviewing;

/// <summary>A criterion as the owning module defines it: a key that stays when the name changes, its weight and the name messages use.</summary>
public sealed record ReviewCriterionRef(string Key, int Weight, string Label);

/// <summary>
/// What a reviewer enters, from a form or the API. Everything is text, so that a form can show a wrong entry
/// again with its message; <see cref="ReviewRules"/> reads it.
/// </summary>
public sealed class ReviewInput
{
    /// <summary>The scores by criterion key.</summary>
    public Dictionary<string, ScoreInput> Scores { get; set; } = [];

    /// <summary><c>Yes</c>, <c>Maybe</c> or <c>No</c>.</summary>
    public string? Recommendation { get; set; }

    public string? Comment { get; set; }

    /// <summary>The stored review as input, for showing a saved draft again.</summary>
    public static ReviewInput From(ReviewAssignment assignment, IEnumerable<ReviewCriterionRef> criteria)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(criteria);
        return new ReviewInput
        {
            Scores = criteria.ToDictionary(c => c.Key, c => assignment.Scores.FirstOrDefault(s => s.CriterionKey == c.Key) is { } score
                ? new ScoreInput { Score = score.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), Comment = score.Comment }
                : new ScoreInput(), StringComparer.Ordinal),
            Recommendation = assignment.Recommendation?.ToString(),
            Comment = assignment.Comment,
        };
    }
}

public sealed class ScoreInput
{
    /// <summary>A whole number from 0 to 5.</summary>
    public string? Score { get; set; }

    public string? Comment { get; set; }
}

/// <summary>One change of a review, handed to the owning module so that it records it in its audit trail within the same save.</summary>
public sealed record ReviewChange(ReviewAssignment Assignment, ReviewStage? From, ReviewStage To);

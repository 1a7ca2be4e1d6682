using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Review;

/// <summary>A call's criteria as the review engine takes them.</summary>
public static class ReviewCriteria
{
    /// <summary>What the engine calls a funding application; its reviews are kept with this kind and the call's id as round.</summary>
    public const string SubjectKind = "funding-application";

    public static List<ReviewCriterionRef> Of(FundingCall call, bool english)
    {
        ArgumentNullException.ThrowIfNull(call);
        return [.. call.Criteria.Select((criterion, index) => new ReviewCriterionRef(KeyOf(criterion, index), criterion.Weight, criterion.Name(english)))];
    }

    /// <summary>
    /// Criteria saved before they had keys get the key the call form would give them on the next save (their
    /// position), so scores stay attached either way.
    /// </summary>
    public static string KeyOf(ReviewCriterion criterion, int index)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return string.IsNullOrEmpty(criterion.Key) ? $"c{index + 1}" : criterion.Key;
    }
}

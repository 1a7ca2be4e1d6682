using System.Text.Json.Serialization;

namespace SmartRegion.Modules.Funding.Decisions;

/// <summary>
/// Staff's decision on a submitted application: approved with the granted amount or rejected with a reason.
/// One per application; it is the notice the applicant reads and prints.
/// </summary>
public sealed class FundingDecision
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public int CallId { get; set; }

    public DecisionOutcome Outcome { get; set; }

    /// <summary>The grant approved; null for a rejection.</summary>
    public decimal? GrantedAmount { get; set; }

    /// <summary>Why it was rejected, or conditions of an approval.</summary>
    public string? Reason { get; set; }

    /// <summary>Counts the call's decisions, e.g. notice 3 of the call; printed on the notice.</summary>
    public int NoticeNumber { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTime DecidedAt { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DecisionOutcome>))]
public enum DecisionOutcome
{
    Approved,
    Rejected,
}

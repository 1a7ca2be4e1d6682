using System.Text.Json.Serialization;

namespace SmartRegion.Platform.Reviewing;

/// <summary>
/// One reviewer's review of one subject (a funding application, a hackathon submission) in one round (the call,
/// the hackathon): assigned by staff, then the reviewer's declaration of conflicts of interest, then the scores
/// and the recommendation. A declared conflict ends the review and stays on record; a submitted review is final.
/// </summary>
public sealed class ReviewAssignment
{
    public int Id { get; set; }

    /// <summary>What is reviewed, e.g. <c>funding-application</c>; the owning module names it.</summary>
    public string SubjectKind { get; set; } = "";

    public int SubjectId { get; set; }

    /// <summary>The round the subject competes in (a call, a hackathon); rankings are made per round.</summary>
    public int RoundId { get; set; }

    /// <summary>Null once the reviewer's account was deleted: the review stays as an anonymous record.</summary>
    public Guid? ReviewerId { get; set; }

    public Guid? AssignedBy { get; set; }

    public DateTime AssignedAt { get; set; }

    /// <summary>When the reviewer declared whether a conflict of interest exists; nothing can be scored before.</summary>
    public DateTime? DeclaredAt { get; set; }

    public bool? HasConflict { get; set; }

    public string? ConflictNote { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public ReviewRecommendation? Recommendation { get; set; }

    /// <summary>The reviewer's overall comment.</summary>
    public string? Comment { get; set; }

    public List<ReviewScore> Scores { get; set; } = [];

    public ReviewStage Stage =>
        SubmittedAt is not null ? ReviewStage.Submitted
        : HasConflict == true ? ReviewStage.Conflict
        : DeclaredAt is not null ? ReviewStage.NoConflict
        : ReviewStage.Assigned;

    /// <summary>Counts for a ranking: submitted, and by a reviewer without a conflict.</summary>
    public bool Counts => SubmittedAt is not null && HasConflict == false;
}

/// <summary>The score of one criterion, 0 to 5, with the reviewer's reasons.</summary>
public sealed class ReviewScore
{
    public int AssignmentId { get; set; }

    public string CriterionKey { get; set; } = "";

    public int Score { get; set; }

    public string? Comment { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ReviewRecommendation>))]
public enum ReviewRecommendation
{
    Yes,
    Maybe,
    No,
}

/// <summary>Where a review stands; the audit trails of the modules name these.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewStage>))]
public enum ReviewStage
{
    Assigned,
    NoConflict,
    Conflict,
    Submitted,

    /// <summary>Only in audit trails: staff withdrew the assignment before the reviewer finished; the row is gone.</summary>
    Withdrawn,
}

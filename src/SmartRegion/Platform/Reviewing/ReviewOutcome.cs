namespace SmartRegion.Platform.Reviewing;

public enum ReviewRefusal
{
    None,
    AlreadyAssigned,
    DeclareFirst,
    AlreadyDeclared,
    Conflict,
    Submitted,
    ChangedMeanwhile,

    /// <summary>The subject left the review (withdrawn, decided); the owning module says when.</summary>
    Closed,
    Invalid,
}

/// <summary>How a step of a review ended: done, refused with a message, or invalid input with messages by field.</summary>
public sealed record ReviewOutcome(ReviewRefusal Refusal, string? Message, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly ReviewOutcome Done = new(ReviewRefusal.None, null, new Dictionary<string, string>());

    public bool Succeeded => Refusal == ReviewRefusal.None;

    public static ReviewOutcome Refused(ReviewRefusal refusal, string message) => new(refusal, message, new Dictionary<string, string>());

    public static ReviewOutcome Invalid(Dictionary<string, string> errors) => new(ReviewRefusal.Invalid, null, errors);

    /// <summary>The text key of a refusal's message.</summary>
    public static string TextKey(ReviewRefusal refusal) => $"Reviewing.Refusal.{refusal}";
}

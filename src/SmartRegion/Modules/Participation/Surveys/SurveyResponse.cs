namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>
/// One person's completed survey. For surveys with accounts the account id, unique per survey, makes a second
/// response impossible even under concurrency; anonymous responses carry neither account nor address, only the
/// keyed hash of a random browser token (see <see cref="AnonymousGuard"/>), also unique per survey.
/// </summary>
public sealed class SurveyResponse
{
    public long Id { get; set; }

    public int SurveyId { get; set; }

    public Guid? AccountId { get; set; }

    public string? GuardHash { get; set; }

    public DateTime SubmittedAt { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>
/// One value of a response, in a column fit for its kind so results are counted and averaged in SQL: a choice
/// or matrix row in <see cref="OptionId"/> (one row per chosen option), the matrix column in
/// <see cref="ColumnOptionId"/>, numbers, scale points and ranks in <see cref="NumberValue"/>.
/// </summary>
public sealed class SurveyAnswer
{
    public long Id { get; set; }

    public long ResponseId { get; set; }

    public int SurveyId { get; set; }

    public int QuestionId { get; set; }

    public int? OptionId { get; set; }

    public int? ColumnOptionId { get; set; }

    public double? NumberValue { get; set; }

    public string? TextValue { get; set; }

    public DateOnly? DateValue { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Free text is published only after an editor or moderator released it.</summary>
    public FreeTextState TextState { get; set; }

    public DateTime? TextReviewedAt { get; set; }

    public Guid? TextReviewedBy { get; set; }
}

public enum FreeTextState
{
    NotText,
    Pending,
    Released,
    Hidden,
}

/// <summary>The server's key for <see cref="AnonymousGuard"/>, stored only in the form DataProtection encrypted.</summary>
public sealed class SurveyGuardKey
{
    public int Id { get; set; }

    public string ProtectedKey { get; set; } = "";
}

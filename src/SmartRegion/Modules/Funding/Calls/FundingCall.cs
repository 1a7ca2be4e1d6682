using System.Text.Json.Serialization;

namespace SmartRegion.Modules.Funding.Calls;

/// <summary>
/// A call for applications ("Förderaufruf") of the funding pot: what may be funded, who may apply, how much,
/// until when, and the form applicants fill in. Editors of the call's area (and above) run it.
/// </summary>
public sealed class FundingCall
{
    public int Id { get; set; }

    public int AreaId { get; set; }

    /// <summary>Start of every reference number of the call, e.g. <c>SP</c> in <c>SP-2026-0007</c>.</summary>
    public string ReferencePrefix { get; set; } = "SP";

    public string TitleDe { get; set; } = "";

    public string? TitleEn { get; set; }

    public string DescriptionDe { get; set; } = "";

    public string? DescriptionEn { get; set; }

    /// <summary>Keys of the innovation and action fields (see the Region module's fields) the call funds.</summary>
    public List<string> FieldKeys { get; set; } = [];

    public List<ApplicantType> ApplicantTypes { get; set; } = [];

    /// <summary>Areas a project may take place in; the areas below them count as well.</summary>
    public List<int> EligibleAreaIds { get; set; } = [];

    public decimal TotalBudget { get; set; }

    public decimal MinGrant { get; set; }

    public decimal MaxGrant { get; set; }

    /// <summary>The applicant's own share of the total cost, at least this many percent; null means no rule.</summary>
    public decimal? MinOwnContributionPercent { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime ClosesAt { get; set; }

    /// <summary>How long a funded project may run; milestones must lie before the close plus this many months.</summary>
    public int MaxProjectMonths { get; set; } = 24;

    /// <summary>Every how many months after approval an interim report is due; null means none.</summary>
    public int? InterimReportMonths { get; set; }

    /// <summary>Whether a final report is due at the end of the project.</summary>
    public bool FinalReportAtProjectEnd { get; set; } = true;

    /// <summary>What the review judges, with weights.</summary>
    public List<ReviewCriterion> Criteria { get; set; } = [];

    /// <summary>The questions of the application form beyond the fixed ones (title, applicant, area, grant asked).</summary>
    public List<FormFieldDefinition> FormFields { get; set; } = [];

    public CallStatus Status { get; set; }

    /// <summary>The last reference number handed out; raised inside the submitting transaction, so numbers never repeat.</summary>
    public int LastReferenceNumber { get; set; }

    /// <summary>
    /// How many decisions were made; raised first in every deciding transaction, which locks the call's row, so
    /// parallel decisions are taken one after the other and <see cref="ApprovedTotal"/> is never read stale.
    /// </summary>
    public int DecisionCount { get; set; }

    /// <summary>The sum of the grants approved so far; never above <see cref="TotalBudget"/>.</summary>
    public decimal ApprovedTotal { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;

    public string Description(bool english) => english && !string.IsNullOrWhiteSpace(DescriptionEn) ? DescriptionEn : DescriptionDe;

    /// <summary>Where the call stands for the public at <paramref name="now"/> (UTC).</summary>
    public CallPhase PhaseAt(DateTime now) =>
        Status == CallStatus.Draft ? CallPhase.Draft
        : now < OpensAt ? CallPhase.Upcoming
        : now < ClosesAt ? CallPhase.Open
        : CallPhase.Closed;

    public bool TakesApplicationsAt(DateTime now) => PhaseAt(now) == CallPhase.Open;
}

[JsonConverter(typeof(JsonStringEnumConverter<CallStatus>))]
public enum CallStatus
{
    Draft,
    Published,
}

[JsonConverter(typeof(JsonStringEnumConverter<CallPhase>))]
public enum CallPhase
{
    Draft,
    Upcoming,
    Open,
    Closed,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApplicantType>))]
public enum ApplicantType
{
    Person,
    Association,
    Initiative,
    Company,
    PublicBody,
}

public sealed class ReviewCriterion
{
    /// <summary>Stable name of the criterion (<c>c1</c>, <c>c2</c>, …); scores stay attached to it when it is renamed.</summary>
    public string Key { get; set; } = "";

    public string NameDe { get; set; } = "";

    public string? NameEn { get; set; }

    /// <summary>Relative weight (e.g. 30 of 100).</summary>
    public int Weight { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public string Name(bool english) => english && !string.IsNullOrWhiteSpace(NameEn) ? NameEn : NameDe;

    public string? Description(bool english) => english && !string.IsNullOrWhiteSpace(DescriptionEn) ? DescriptionEn : DescriptionDe;
}

[JsonConverter(typeof(JsonStringEnumConverter<FormFieldKind>))]
public enum FormFieldKind
{
    Text,
    LongText,
    Number,
    Money,
    Date,
    Choice,
    File,
    MilestonePlan,
    BudgetTable,
}

/// <summary>One question of a call's application form.</summary>
public sealed class FormFieldDefinition
{
    /// <summary>Stable name of the answer (<c>f1</c>, <c>f2</c>, …); it survives relabelling.</summary>
    public string Key { get; set; } = "";

    public FormFieldKind Kind { get; set; }

    public string LabelDe { get; set; } = "";

    public string? LabelEn { get; set; }

    public bool Required { get; set; }

    /// <summary>Smallest value of a number or money field.</summary>
    public decimal? Min { get; set; }

    /// <summary>Largest value of a number or money field, or the most characters of a text.</summary>
    public decimal? Max { get; set; }

    /// <summary>The choices of a choice field, or the categories of a budget table.</summary>
    public List<string> Options { get; set; } = [];

    public string Label(bool english) => english && !string.IsNullOrWhiteSpace(LabelEn) ? LabelEn : LabelDe;
}

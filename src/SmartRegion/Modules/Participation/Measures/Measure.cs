using System.Text.Json.Serialization;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>
/// An immediate measure ("Sofortmaßnahme"): something an area's administration does soon, often because
/// residents asked for it in ideas. Its status history is public, so people can follow it to the result.
/// </summary>
public sealed class Measure
{
    public int Id { get; set; }

    public int AreaId { get; set; }

    /// <summary>Key of the innovation or action field (see the Region module's fields).</summary>
    public string? FieldKey { get; set; }

    public string TitleDe { get; set; } = "";

    public string? TitleEn { get; set; }

    public string DescriptionDe { get; set; } = "";

    public string? DescriptionEn { get; set; }

    /// <summary>The office or organisation that carries the measure out, e.g. "Tiefbauamt der Landeshauptstadt Kiel".</summary>
    public string ResponsibleBody { get; set; } = "";

    public decimal? BudgetEuro { get; set; }

    /// <summary>The status of the latest <see cref="MeasureStatusChange"/> (kept here so lists filter without a join).</summary>
    public MeasureStatus Status { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Last edit or status change; the register sorts by it.</summary>
    public DateTime UpdatedAt { get; set; }

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;

    public string Description(bool english) => english && !string.IsNullOrWhiteSpace(DescriptionEn) ? DescriptionEn : DescriptionDe;
}

[JsonConverter(typeof(JsonStringEnumConverter<MeasureStatus>))]
public enum MeasureStatus
{
    Planned,
    InProgress,
    Done,
    Stopped,
}

/// <summary>One dated, explained step of a measure's timeline.</summary>
public sealed class MeasureStatusChange
{
    public long Id { get; set; }

    public int MeasureId { get; set; }

    public MeasureStatus Status { get; set; }

    /// <summary>When the change was recorded (UTC).</summary>
    public DateTime At { get; set; }

    public string ExplanationDe { get; set; } = "";

    public string? ExplanationEn { get; set; }

    public Guid? ChangedBy { get; set; }

    public string Explanation(bool english) => english && !string.IsNullOrWhiteSpace(ExplanationEn) ? ExplanationEn : ExplanationDe;
}

/// <summary>The measure came (in part) from this idea; the idea's followers hear about the measure's progress.</summary>
public sealed class MeasureIdea
{
    public int MeasureId { get; set; }

    public int IdeaId { get; set; }

    public DateTime LinkedAt { get; set; }

    public Guid? LinkedBy { get; set; }
}

/// <summary>
/// A survey that informed the measure. The survey id is stored without a foreign key, so measures do not
/// depend on the surveys feature's tables.
/// </summary>
public sealed class MeasureSurvey
{
    public int MeasureId { get; set; }

    public int SurveyId { get; set; }

    public DateTime LinkedAt { get; set; }
}

namespace SmartRegion.Modules.Participation.Processes;

/// <summary>A participation process ("Beteiligungsverfahren") of one area, run by the area's editors.</summary>
public sealed class Process
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public int AreaId { get; set; }

    /// <summary>Key of the innovation or action field the process belongs to (see the Region module's fields).</summary>
    public string? FieldKey { get; set; }

    public string TitleDe { get; set; } = "";

    public string? TitleEn { get; set; }

    public string SummaryDe { get; set; } = "";

    public string? SummaryEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>Whether people without an account may take part where a component allows it (surveys).</summary>
    public bool AllowsAnonymous { get; set; }

    /// <summary>Drafts are seen only by the area's editors.</summary>
    public bool IsPublished { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Phase> Phases { get; set; } = [];

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;

    public string Summary(bool english) => english && !string.IsNullOrWhiteSpace(SummaryEn) ? SummaryEn : SummaryDe;

    public string? Description(bool english) => english && !string.IsNullOrWhiteSpace(DescriptionEn) ? DescriptionEn : DescriptionDe;
}

/// <summary>
/// A step of a process with its dates. Each phase switches the components residents may use on or off; the
/// phase whose dates include today is the current one.
/// </summary>
public sealed class Phase
{
    public int Id { get; set; }

    public int ProcessId { get; set; }

    public PhaseKind Kind { get; set; }

    public string TitleDe { get; set; } = "";

    public string? TitleEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>First moment of the phase (UTC).</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>End of the phase (UTC, exclusive).</summary>
    public DateTime EndsAt { get; set; }

    public int SortOrder { get; set; }

    public bool SurveysOpen { get; set; }

    public bool IdeasOpen { get; set; }

    public bool CommentsOpen { get; set; }

    public bool SupportsOpen { get; set; }

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;

    public bool IsCurrentAt(DateTime utcNow) => StartsAt <= utcNow && utcNow < EndsAt;
}

public enum PhaseKind
{
    Information,
    Contributions,
    Evaluation,
    Results,
    Other,
}

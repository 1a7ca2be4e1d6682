using System.Text.Json.Serialization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// A report the call's schedule asks for (interim or final), a row from the approval on with its due date. The
/// team fills it in as a draft and submits it; a submitted report is final. A report whose due date has passed
/// without a submission is overdue.
/// </summary>
public sealed class PilotReport
{
    public int Id { get; set; }

    public int PilotId { get; set; }

    public ReportKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public string Narrative { get; set; } = "";

    /// <summary>Where each milestone stands, in the order of the pilot's milestone plan.</summary>
    public List<MilestoneProgress> Milestones { get; set; } = [];

    /// <summary>What was spent so far per category, in the order of the pilot's budget plan.</summary>
    public List<CategorySpending> Spending { get; set; } = [];

    /// <summary>Who saved it last; null after that account was deleted (the report stays).</summary>
    public Guid? AuthorId { get; set; }

    public DateTime? SavedAt { get; set; }

    public Guid? SubmittedBy { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public bool IsOverdueOn(DateOnly today) => SubmittedAt is null && DueOn < today;
}

[JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))]
public enum ReportKind
{
    Interim,
    Final,
}

[JsonConverter(typeof(JsonStringEnumConverter<MilestoneStatus>))]
public enum MilestoneStatus
{
    Open,
    Done,
    Delayed,
}

public sealed class MilestoneProgress
{
    public string Title { get; set; } = "";

    public MilestoneStatus Status { get; set; }

    public string? Note { get; set; }
}

public sealed class CategorySpending
{
    public string Category { get; set; } = "";

    /// <summary>Spent so far (cumulative); null while a draft leaves it open.</summary>
    public decimal? Spent { get; set; }
}

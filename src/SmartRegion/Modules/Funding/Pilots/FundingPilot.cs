using System.Text.Json.Serialization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// A funded project ("Pilot"): created with the approval of its application, public from then on. The team
/// reports on it, links live data as its KPIs and states what it achieved for the strategy's fields.
/// </summary>
public sealed class FundingPilot
{
    public int Id { get; set; }

    /// <summary>The approved application; one pilot per application.</summary>
    public int ApplicationId { get; set; }

    public int CallId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>What the team tells the public about the project; empty until the lead writes it.</summary>
    public string Summary { get; set; } = "";

    public int AreaId { get; set; }

    public decimal GrantedAmount { get; set; }

    public PilotStatus Status { get; set; }

    /// <summary>Why staff stopped the project; only for <see cref="PilotStatus.Stopped"/>.</summary>
    public string? StopReason { get; set; }

    /// <summary>The day of the approval (Berlin).</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>The last milestone's due date, or the start plus the call's longest project duration.</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>The milestone plan of the submitted application, in its order; fixed at the approval.</summary>
    public List<PilotMilestone> Milestones { get; set; } = [];

    /// <summary>The budget plan of the submitted application, one line per category; fixed at the approval.</summary>
    public List<PlannedCost> BudgetPlan { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<PilotField> Fields { get; set; } = [];

    public List<PilotMember> Members { get; set; } = [];

    public List<PilotReport> Reports { get; set; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<PilotStatus>))]
public enum PilotStatus
{
    Running,
    Completed,
    Stopped,
}

public sealed class PilotMilestone
{
    public string Title { get; set; } = "";

    public DateOnly? Due { get; set; }
}

public sealed class PlannedCost
{
    public string Category { get; set; } = "";

    public decimal Planned { get; set; }
}

/// <summary>An innovation or action field the pilot belongs to (from its call), kept as rows so lists filter in the database.</summary>
public sealed class PilotField
{
    public int PilotId { get; set; }

    public string FieldKey { get; set; } = "";
}

/// <summary>A person in the pilot's team. The lead (the applicant's account) manages the team; every member reports.</summary>
public sealed class PilotMember
{
    public int PilotId { get; set; }

    public Guid AccountId { get; set; }

    public bool IsLead { get; set; }

    public DateTime JoinedAt { get; set; }
}

/// <summary>A SensorThings Datastream of the platform the team chose as a key figure of its pilot.</summary>
public sealed class PilotKpi
{
    public int Id { get; set; }

    public int PilotId { get; set; }

    public long DatastreamId { get; set; }

    /// <summary>What the figure says about the pilot, e.g. "Fahrgäste pro Woche".</summary>
    public string Label { get; set; } = "";
}

/// <summary>What the pilot achieved for one of the strategy's innovation or action fields, in the team's words.</summary>
public sealed class PilotResult
{
    public int PilotId { get; set; }

    public string FieldKey { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
}

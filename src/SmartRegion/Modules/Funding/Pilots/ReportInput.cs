namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>A report as the form posts it: the narrative, a status and note per milestone, the spending per budget category.</summary>
public sealed class ReportInput
{
    public string? Narrative { get; set; }

    /// <summary>In the order of the pilot's milestone plan.</summary>
    public List<MilestoneProgressInput> Milestones { get; set; } = [];

    /// <summary>In the order of the pilot's budget plan.</summary>
    public List<SpendingInput> Spending { get; set; } = [];

    /// <summary>Attached files to take off the draft.</summary>
    public List<Guid> RemoveFiles { get; set; } = [];
}

public sealed class MilestoneProgressInput
{
    /// <summary><c>Open</c>, <c>Done</c> or <c>Delayed</c>.</summary>
    public string? Status { get; set; }

    public string? Note { get; set; }
}

public sealed class SpendingInput
{
    /// <summary>Spent so far in euros, as typed ("12.500,50").</summary>
    public string? Spent { get; set; }
}

namespace SmartRegion.Modules.Funding.Common.Audit;

/// <summary>One state change of a call or an application: who, when, what, from which state to which, and why.</summary>
public sealed class FundingAuditEntry
{
    public long Id { get; set; }

    public int CallId { get; set; }

    /// <summary>Null for changes of the call itself.</summary>
    public int? ApplicationId { get; set; }

    /// <summary>What happened, e.g. <c>created</c>, <c>published</c>, <c>submitted</c>, <c>clarification</c>.</summary>
    public string Action { get; set; } = "";

    public string? FromState { get; set; }

    public string ToState { get; set; } = "";

    /// <summary>Null for deleted accounts.</summary>
    public Guid? ActorId { get; set; }

    public DateTime At { get; set; }

    public string? Note { get; set; }
}

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>A signed-in person's report that a contribution breaks the rules; it waits in the area's moderation queue.</summary>
public sealed class ContentFlag
{
    public long Id { get; set; }

    /// <summary>Kind of contribution (see <see cref="IModeratedContent.Kind"/>).</summary>
    public string ContentKind { get; set; } = "";

    public long ContentId { get; set; }

    /// <summary>Area of the contribution, so the queue of an area's moderators finds it.</summary>
    public int AreaId { get; set; }

    public Guid ReporterId { get; set; }

    public string Reason { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public Guid? ResolvedBy { get; set; }

    /// <summary>What the moderator did: hidden or dismissed.</summary>
    public string? Resolution { get; set; }
}

/// <summary>One moderation action, kept for ever: who did what to which contribution or account, when and why.</summary>
public sealed class ModerationLogEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public Guid? ModeratorId { get; set; }

    /// <summary>hide, restore, dismiss, block, unblock, approve, reject.</summary>
    public string Action { get; set; } = "";

    public string? ContentKind { get; set; }

    public long? ContentId { get; set; }

    public Guid? AccountId { get; set; }

    public int AreaId { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// An account may not contribute in an area (and the areas below it) until a moment. Every handler that
/// takes a contribution asks <c>ParticipationAccess.IsBlockedAsync</c> first.
/// </summary>
public sealed class AccountBlock
{
    public int Id { get; set; }

    public Guid AccountId { get; set; }

    public int AreaId { get; set; }

    public DateTime Until { get; set; }

    public string Reason { get; set; } = "";

    public Guid? BlockedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LiftedAt { get; set; }
}

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>A resident's idea or proposal, optionally placed on the map and optionally part of a process.</summary>
public sealed class Idea
{
    public int Id { get; set; }

    public int? ProcessId { get; set; }

    public int AreaId { get; set; }

    public string FieldKey { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>Language the idea is written in (see <c>ContentLanguage</c>).</summary>
    public string Language { get; set; } = "de";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Null once the author deleted their account: the idea stays, shown as by a deleted account.</summary>
    public Guid? AuthorId { get; set; }

    public DateTime CreatedAt { get; set; }

    public IdeaStatus Status { get; set; }

    /// <summary>The staff's official answer; required when an idea is rejected (the reason).</summary>
    public string? OfficialAnswer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public Guid? AnsweredBy { get; set; }

    /// <summary>Kept with each support in the same transaction, so lists sort by it without counting.</summary>
    public int SupportCount { get; set; }

    /// <summary>Visible comments, kept like <see cref="SupportCount"/>.</summary>
    public int CommentCount { get; set; }

    /// <summary>Set when a moderator hides the idea; its page then shows a notice instead of the text.</summary>
    public DateTime? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }
}

public enum IdeaStatus
{
    Received,
    UnderReview,
    Accepted,
    Rejected,
    Implemented,
}

/// <summary>One account's support of one idea; the key makes a second support impossible, even under concurrency.</summary>
public sealed class Support
{
    public int IdeaId { get; set; }

    public Guid AccountId { get; set; }

    public DateTime CreatedAt { get; set; }
}

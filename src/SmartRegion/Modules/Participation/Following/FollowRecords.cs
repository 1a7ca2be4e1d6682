namespace SmartRegion.Modules.Participation.Following;

/// <summary>A person follows an idea or a measure and hears about its changes.</summary>
public sealed class Follow
{
    public Guid AccountId { get; set; }

    /// <summary><c>idea</c> or <c>measure</c>.</summary>
    public string SubjectKind { get; set; } = "";

    public int SubjectId { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A message in a person's on-site inbox; mailed at once or in the daily digest, as the person chose.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public string SubjectKind { get; set; } = "";

    public int SubjectId { get; set; }

    public string TextDe { get; set; } = "";

    public string TextEn { get; set; } = "";

    /// <summary>Path on the platform, e.g. <c>/participation/ideas/12</c>.</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    public DateTime? MailedAt { get; set; }

    public string Text(bool english) => english ? TextEn : TextDe;
}

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>A comment on an idea or a measure; replies point to the comment they answer.</summary>
public sealed class Comment
{
    public long Id { get; set; }

    /// <summary>What is commented on: <c>idea</c> or <c>measure</c>.</summary>
    public string SubjectKind { get; set; } = "";

    public int SubjectId { get; set; }

    public long? ParentId { get; set; }

    /// <summary>Null once the author deleted their account.</summary>
    public Guid? AuthorId { get; set; }

    public string Body { get; set; } = "";

    public string Language { get; set; } = "de";

    public DateTime CreatedAt { get; set; }

    public DateTime? EditedAt { get; set; }

    public DateTime? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }
}

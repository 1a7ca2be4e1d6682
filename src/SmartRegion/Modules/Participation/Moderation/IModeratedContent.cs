namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>
/// One kind of contribution (ideas, comments, events, reports, survey answers) as the moderation queue sees
/// it. Each feature registers its own; the queue finds the right one by <see cref="Kind"/>.
/// </summary>
public interface IModeratedContent
{
    /// <summary>Short stable name stored with flags and log entries, e.g. <c>idea</c>.</summary>
    string Kind { get; }

    Task<ModeratedItem?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Hides the contribution: it stays stored, and readers see a notice with the reason instead.</summary>
    Task HideAsync(long id, string reason, DateTime at, CancellationToken cancellationToken);

    Task RestoreAsync(long id, CancellationToken cancellationToken);
}

/// <summary>What a moderator needs to judge a contribution.</summary>
public sealed record ModeratedItem(string Kind, long Id, int AreaId, Guid? AuthorId, string Excerpt, string Link, bool IsHidden);

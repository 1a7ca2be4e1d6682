namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Finds the <see cref="IModeratedContent"/> of a kind among those the features registered.</summary>
public sealed class ModeratedContents(IEnumerable<IModeratedContent> contents)
{
    public IModeratedContent? For(string? kind) => contents.FirstOrDefault(c => c.Kind == kind);

    public IEnumerable<string> Kinds => contents.Select(c => c.Kind);

    public async Task<ModeratedItem?> FindAsync(string? kind, long id, CancellationToken cancellationToken) =>
        For(kind) is { } content ? await content.FindAsync(id, cancellationToken) : null;
}

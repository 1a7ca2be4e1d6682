using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>Ideas as the moderation queue sees them. Hiding an idea hides its photos too, so they are no longer served.</summary>
public sealed class IdeaModeration(SmartRegionDb db) : IModeratedContent
{
    public string Kind => IdeaDesk.OwnerKind;

    public async Task<ModeratedItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var idea = await db.Set<Idea>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return idea is null
            ? null
            : new ModeratedItem(Kind, idea.Id, idea.AreaId, idea.AuthorId, Excerpt(idea), $"/participation/ideas/{idea.Id}", idea.HiddenAt is not null);
    }

    public async Task HideAsync(long id, string reason, DateTime at, CancellationToken cancellationToken)
    {
        await db.Set<Idea>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.HiddenAt, at).SetProperty(i => i.HiddenReason, reason), cancellationToken);
        await db.Set<StoredImage>().Where(i => i.OwnerKind == Kind && i.OwnerId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsHidden, true), cancellationToken);
    }

    public async Task RestoreAsync(long id, CancellationToken cancellationToken)
    {
        await db.Set<Idea>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.HiddenAt, (DateTime?)null).SetProperty(i => i.HiddenReason, (string?)null), cancellationToken);
        await db.Set<StoredImage>().Where(i => i.OwnerKind == Kind && i.OwnerId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsHidden, false), cancellationToken);
    }

    private static string Excerpt(Idea idea)
    {
        var text = $"{idea.Title}: {idea.Body}";
        return text.Length <= 300 ? text : text[..299] + "…";
    }
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>Events as the moderation queue sees them: a flagged event can be hidden and restored.</summary>
public sealed class EventModeration(SmartRegionDb db) : IModeratedContent
{
    public string Kind => EventCatalog.Kind;

    public async Task<ModeratedItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        if (id is < 1 or > int.MaxValue)
        {
            return null;
        }

        var item = await db.Set<NeighbourhoodEvent>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == (int)id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var excerpt = $"{item.Title}: {item.Description}";
        return new ModeratedItem(Kind, item.Id, item.AreaId, item.SubmittedBy, excerpt.Length > 300 ? excerpt[..300] + "…" : excerpt,
            $"/participation/events/{item.Id}", item.HiddenAt is not null);
    }

    public Task HideAsync(long id, string reason, DateTime at, CancellationToken cancellationToken) =>
        db.Set<NeighbourhoodEvent>().Where(e => e.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.HiddenAt, at)
            .SetProperty(e => e.HiddenReason, reason)
            .SetProperty(e => e.UpdatedAt, at), cancellationToken);

    public Task RestoreAsync(long id, CancellationToken cancellationToken) =>
        db.Set<NeighbourhoodEvent>().Where(e => e.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.HiddenAt, (DateTime?)null)
            .SetProperty(e => e.HiddenReason, (string?)null), cancellationToken);
}

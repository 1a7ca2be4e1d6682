using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Participation.Common;

/// <summary>
/// Who may do what in participation. Editors run processes, measures and surveys of their area, moderators
/// look after the contributions of their area; both hold in the areas below theirs (see
/// <see cref="RegionDirectory.HoldsRoleInAsync"/>). Every handler asks here before it acts.
/// </summary>
public sealed class ParticipationAccess(RegionDirectory directory, SmartRegionDb db, TimeProvider clock)
{
    public Task<bool> IsEditorAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Editor, areaId, cancellationToken);

    /// <summary>Moderators of the area, and its editors, who are responsible for what happens in their processes.</summary>
    public async Task<bool> IsModeratorAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        await directory.HoldsRoleInAsync(user, Roles.Moderator, areaId, cancellationToken)
        || await directory.HoldsRoleInAsync(user, Roles.Editor, areaId, cancellationToken);

    /// <summary>Whether a moderator has blocked the account from contributing in this area (or an area above it).</summary>
    public async Task<bool> IsBlockedAsync(Guid accountId, int areaId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var blockedAreas = await db.Set<AccountBlock>()
            .Where(b => b.AccountId == accountId && b.LiftedAt == null && b.Until > now)
            .Select(b => b.AreaId).ToListAsync(cancellationToken);
        foreach (var blockedArea in blockedAreas)
        {
            if (await directory.IsWithinAsync(areaId, blockedArea, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The signed-in person's account id, or null for an anonymous visitor or a machine token.</summary>
    public static Guid? AccountId(ClaimsPrincipal user) => SignedInAccount.IdOf(user);
}

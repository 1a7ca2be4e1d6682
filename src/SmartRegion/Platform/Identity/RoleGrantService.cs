using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Identity;

/// <summary>Grants and revokes roles. Each change renews the person's security stamp so open sessions pick it up.</summary>
public sealed class RoleGrantService(SmartRegionDb db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<bool> GrantAsync(AppUser user, string role, int? areaId, Guid? grantedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Roles.IsGrantable(role))
        {
            throw new ArgumentException($"'{role}' is not a role that can be granted.", nameof(role));
        }

        if (areaId is not null && !Roles.CanBeScoped(role))
        {
            throw new ArgumentException($"The role '{role}' holds for the whole region and cannot be limited to an area.", nameof(areaId));
        }

        var exists = await db.RoleGrants.AnyAsync(g => g.UserId == user.Id && g.Role == role && g.AreaId == areaId, cancellationToken);
        if (exists)
        {
            return false;
        }

        db.RoleGrants.Add(new RoleGrant
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Role = role,
            AreaId = areaId,
            GrantedAt = clock.GetUtcNow().UtcDateTime,
            GrantedBy = grantedBy,
        });
        await db.SaveChangesAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    public async Task<bool> RevokeAsync(Guid grantId, CancellationToken cancellationToken)
    {
        var grant = await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(cancellationToken);
        var user = await users.FindByIdAsync(grant.UserId.ToString());
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return true;
    }
}

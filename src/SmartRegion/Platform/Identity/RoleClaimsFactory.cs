using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Identity;

/// <summary>Puts a person's role grants into the sign-in cookie: plain role claims for region-wide grants, scoped claims for area grants.</summary>
public sealed class RoleClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, SmartRegionDb db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, Roles.Resident));
        identity.AddClaim(new Claim("name", user.DisplayName));
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).ToListAsync();
        foreach (var grant in grants)
        {
            identity.AddClaim(grant.AreaId is { } areaId
                ? new Claim(PlatformClaims.ScopedRole, $"{grant.Role}@{areaId}")
                : new Claim(ClaimTypes.Role, grant.Role));
        }

        return identity;
    }
}

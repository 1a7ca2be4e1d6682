using System.Security.Claims;

namespace SmartRegion.Platform.Identity;

/// <summary>Which person's account a request acts for.</summary>
public static class SignedInAccount
{
    /// <summary>
    /// The signed-in person's account id, or null for an anonymous visitor or a machine token: tokens act for a
    /// system, never for a person, so nothing they do may count as a person's contribution.
    /// </summary>
    public static Guid? IdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == PlatformClaims.TokenId))
        {
            return null;
        }

        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }

    /// <summary>
    /// Whether the person holds <paramref name="role"/> for some area (or is an administrator): enough to offer a
    /// link; the page behind it checks the area.
    /// </summary>
    public static bool HoldsRoleSomewhere(ClaimsPrincipal user, string role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(role)
            || user.FindAll(PlatformClaims.ScopedRole).Any(c => c.Value.StartsWith(role + "@", StringComparison.Ordinal));
    }
}

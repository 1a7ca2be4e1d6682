using System.Security.Claims;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Which areas a person moderates, for lists that show only what the person may act on.</summary>
public sealed class ModeratorAreas(ParticipationAccess access)
{
    /// <summary>Whether the person moderates anywhere at all (as admin, moderator or editor, for the region or an area).</summary>
    public static bool ModeratesSomewhere(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Editor)
            || user.FindAll(PlatformClaims.ScopedRole).Any(c =>
                c.Value.StartsWith(Roles.Moderator + "@", StringComparison.Ordinal) || c.Value.StartsWith(Roles.Editor + "@", StringComparison.Ordinal));
    }

    /// <summary>Those of <paramref name="areaIds"/> the person moderates.</summary>
    public async Task<HashSet<int>> AmongAsync(ClaimsPrincipal user, IEnumerable<int> areaIds, CancellationToken cancellationToken)
    {
        var moderated = new HashSet<int>();
        foreach (var areaId in areaIds.Distinct())
        {
            if (await access.IsModeratorAsync(user, areaId, cancellationToken))
            {
                moderated.Add(areaId);
            }
        }

        return moderated;
    }
}

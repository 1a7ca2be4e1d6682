using System.Security.Claims;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Participation.Measures;

internal static class MeasureEditors
{
    /// <summary>Whether to offer "new measure": the person is an editor of some area (the form then checks which).</summary>
    public static bool IsEditorSomewhere(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor)
        || user.FindAll(PlatformClaims.ScopedRole).Any(c => c.Value.StartsWith(Roles.Editor + "@", StringComparison.Ordinal));
}

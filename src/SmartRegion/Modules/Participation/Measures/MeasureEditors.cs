using System.Security.Claims;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Participation.Measures;

internal static class MeasureEditors
{
    /// <summary>Whether to offer "new measure": the person is an editor of some area (the form then checks which).</summary>
    public static bool IsEditorSomewhere(ClaimsPrincipal user) =>
        SignedInAccount.HoldsRoleSomewhere(user, Roles.Editor);
}

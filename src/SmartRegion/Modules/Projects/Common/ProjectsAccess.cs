using System.Security.Claims;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Projects.Common;

/// <summary>
/// Who may do what with calls, applications, pilots and hackathons. Editors run the calls and hackathons of
/// their area, reviewers judge the applications assigned to them within their area; both hold in the areas
/// below theirs (see <see cref="RegionDirectory.HoldsRoleInAsync"/>). Every handler asks here before it acts.
/// </summary>
public sealed class ProjectsAccess(RegionDirectory directory)
{
    public Task<bool> IsEditorAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Editor, areaId, cancellationToken);

    public Task<bool> IsReviewerAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Reviewer, areaId, cancellationToken);

    /// <summary>Project makers keep a profile and a portfolio; the role is granted for the whole region.</summary>
    public static bool IsProjectMaker(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SignedInAccount.IdOf(user) is not null && (user.IsInRole(Roles.ProjectMaker) || user.IsInRole(Roles.Admin));
    }
}

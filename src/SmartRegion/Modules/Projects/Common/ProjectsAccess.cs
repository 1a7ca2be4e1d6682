using System.Security.Claims;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Projects.Common;

/// <summary>
/// Who may do what with project makers, their projects and hackathons. Editors run the hackathons and the
/// support requests of their area (and the areas below, see <see cref="RegionDirectory.HoldsRoleInAsync"/>);
/// reviewers judge hackathon submissions assigned to them. Every handler asks here before it acts.
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

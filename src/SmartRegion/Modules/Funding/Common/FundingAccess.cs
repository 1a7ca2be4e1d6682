using System.Security.Claims;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>
/// Who may do what with calls and applications. Editors run the calls of their area; reviewers judge only the
/// applications assigned to them, within their area. Both roles hold in the areas below theirs (see
/// <see cref="RegionDirectory.HoldsRoleInAsync"/>). Every handler asks here before it acts.
/// </summary>
public sealed class FundingAccess(RegionDirectory directory)
{
    public Task<bool> IsEditorAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Editor, areaId, cancellationToken);

    public Task<bool> IsReviewerAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Reviewer, areaId, cancellationToken);
}

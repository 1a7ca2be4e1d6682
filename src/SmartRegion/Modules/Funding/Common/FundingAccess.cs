using System.Security.Claims;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>
/// Who may do what with calls and applications. Editors run the calls of their area; reviewers judge only the
/// applications assigned to them, within their area. Both roles hold in the areas below theirs (see
/// <see cref="RegionDirectory.HoldsRoleInAsync"/>). Every handler asks here before it acts.
/// </summary>
/// <remarks>
/// Answers differ on purpose: staff of another area get 403 on a call's staff pages (the call is public
/// anyway); an account that is neither the applicant nor staff of the call's area gets 404 for an
/// application, so nobody learns which applications exist.
/// </remarks>
public sealed class FundingAccess(RegionDirectory directory)
{
    public Task<bool> IsEditorAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Editor, areaId, cancellationToken);

    public Task<bool> IsReviewerAsync(ClaimsPrincipal user, int areaId, CancellationToken cancellationToken) =>
        directory.HoldsRoleInAsync(user, Roles.Reviewer, areaId, cancellationToken);

    /// <summary>Whether to offer "new call": the person is an editor of some area (the form then checks which).</summary>
    public static bool IsEditorSomewhere(ClaimsPrincipal user) => SignedInAccount.HoldsRoleSomewhere(user, Roles.Editor);

    /// <summary>Whether to offer "my reviews": the person holds the Reviewer role for some area.</summary>
    public static bool IsReviewerSomewhere(ClaimsPrincipal user) => SignedInAccount.HoldsRoleSomewhere(user, Roles.Reviewer);

    /// <summary>The areas the person may open calls for: those of their editor grants and the areas below.</summary>
    public async Task<List<AreaChoice>> EditorAreasAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = await directory.ChoicesAsync(cancellationToken);
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor))
        {
            return all;
        }

        var scopes = user.FindAll(PlatformClaims.ScopedRole)
            .Select(c => c.Value.Split('@'))
            .Where(parts => parts.Length == 2 && parts[0] == Roles.Editor)
            .Select(parts => $"/{parts[1]}/")
            .ToList();
        return [.. all.Where(area => scopes.Any(scope => area.Path.Contains(scope, StringComparison.Ordinal)))];
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Admin.Pages;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
public sealed class UserDetailModel(
    SmartRegionDb db,
    UserManager<AppUser> users,
    RoleGrantService grants,
    RegionDirectory region,
    IStringLocalizer<SharedTexts> texts) : PageModel
{
    public AppUser Person { get; private set; } = default!;

    public IReadOnlyList<RoleGrant> Grants { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(Guid id, string? role, int? areaId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (role is null || !Roles.IsGrantable(role))
        {
            ModelState.AddModelError("Role", texts["AdminUsers.UnknownRole"]);
        }
        else if (areaId is not null && !Roles.CanBeScoped(role))
        {
            ModelState.AddModelError("AreaId", texts["AdminUsers.NotScopable", texts["Role." + role]]);
        }
        else if (areaId is not null && Areas.All(a => a.Id != areaId))
        {
            ModelState.AddModelError("AreaId", texts["AdminUsers.UnknownArea"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var grantedBy = (await users.GetUserAsync(User))?.Id;
        var added = await grants.GrantAsync(Person, role!, areaId, grantedBy, cancellationToken);
        Message = added ? texts["AdminUsers.Granted"] : texts["AdminUsers.AlreadyGranted"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid grantId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Grants.All(g => g.Id != grantId))
        {
            return NotFound();
        }

        await grants.RevokeAsync(grantId, cancellationToken);
        Message = texts["AdminUsers.Revoked"];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(id.ToString());
        if (person is null)
        {
            return false;
        }

        Person = person;
        Grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id).OrderBy(g => g.Role).ToListAsync(cancellationToken);
        Areas = await region.ChoicesAsync(cancellationToken);
        AreaNames = Areas.ToDictionary(a => a.Id, a => a.Name);
        return true;
    }
}

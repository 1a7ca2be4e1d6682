using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Identity.Pages;

[Authorize]
public sealed class AccountModel(UserManager<AppUser> users, SmartRegionDb db, IAreaNameLookup areaNames) : PageModel
{
    public AppUser Person { get; private set; } = default!;

    public IReadOnlyList<(string Role, string? AreaName)> Grants { get; private set; } = [];

    public IReadOnlyList<AreaListEntry> Areas { get; private set; } = [];

    [BindProperty]
    public int? HomeAreaId { get; set; }

    [FromQuery(Name = "homeAreaSaved")]
    public bool HomeAreaSaved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Person = user;
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).OrderBy(g => g.Role).ToListAsync(cancellationToken);
        var names = await areaNames.LookupAsync(grants.Where(g => g.AreaId is not null).Select(g => g.AreaId!.Value), cancellationToken);
        Grants = [.. grants.Select(g => (g.Role, g.AreaId is { } id ? names.GetValueOrDefault(id) : null))];
        Areas = await areaNames.ListAsync(cancellationToken);
        HomeAreaId = user.HomeAreaId;
        return Page();
    }

    /// <summary>The person states where they live; surveys for an area's residents ask it.</summary>
    public async Task<IActionResult> OnPostHomeAreaAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (HomeAreaId is { } chosen && (await areaNames.LookupAsync([chosen], cancellationToken)).Count == 0)
        {
            return BadRequest();
        }

        user.HomeAreaId = HomeAreaId;
        await users.UpdateAsync(user);
        return Redirect("/account?homeAreaSaved=true#home-area");
    }
}

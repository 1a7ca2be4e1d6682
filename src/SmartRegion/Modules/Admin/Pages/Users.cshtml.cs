using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Admin.Pages;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
public sealed class UsersModel(SmartRegionDb db) : PageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToUpper() and Contains() to SQL; the culture-aware overloads are not translatable.
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var people = await query.OrderBy(u => u.DisplayName).Take(PageSize).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var grants = await db.RoleGrants.AsNoTracking().Where(g => ids.Contains(g.UserId)).ToListAsync(cancellationToken);
        People = [.. people.Select(p => new PersonRow(
            p.Id, p.DisplayName, p.Email ?? "", p.EmailConfirmed,
            [.. grants.Where(g => g.UserId == p.Id).Select(g => g.Role).Distinct()]))];
    }
}

public sealed record PersonRow(Guid Id, string DisplayName, string Email, bool EmailConfirmed, IReadOnlyList<string> Roles);

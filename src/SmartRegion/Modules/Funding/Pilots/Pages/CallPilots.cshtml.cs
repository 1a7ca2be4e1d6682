using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>
/// Staff's report overview of a call: every pilot with the report due next and whether it is overdue.
/// Only for editors of the call's area (others 403).
/// </summary>
[Authorize]
public sealed class CallPilotsModel(CallCatalog calls, PilotCatalog pilots, FundingAccess access) : PageModel
{
    public FundingCall Call { get; private set; } = default!;

    public List<FundingPilot> Pilots { get; private set; } = [];

    public DateOnly Today => pilots.Today;

    public int OverdueCount => Pilots.Sum(p => p.Reports.Count(r => r.IsOverdueOn(Today)));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        if (!await access.IsEditorAsync(User, call.AreaId, cancellationToken))
        {
            return Forbid();
        }

        Call = call;
        Pilots = await pilots.OfCallAsync(id, cancellationToken);
        return Page();
    }
}

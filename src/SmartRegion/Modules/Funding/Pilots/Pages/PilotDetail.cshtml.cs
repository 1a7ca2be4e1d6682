using Microsoft.AspNetCore.Mvc;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>
/// A pilot's public page. Its team and staff of the call's area also see the report schedule with what is due
/// or overdue and the links to their pages; staff set the status here.
/// </summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class PilotDetailModel(PilotCatalog catalog, PilotViews views, PilotDesk desk) : PilotPageModel(catalog)
{
    public PilotView View { get; private set; } = default!;

    [BindProperty]
    public PilotStatus? Status { get; set; }

    [BindProperty]
    public string? StopReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, _ => true, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Status = Pilot.Status;
        StopReason = Pilot.StopReason;
        View = await views.OfAsync(Pilot, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, role => role.IsStaff, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var outcome = await desk.SetStatusAsync(Pilot, Status, StopReason, SignedInAccount.IdOf(User), cancellationToken);
        if (outcome.Succeeded)
        {
            return DoneAt(PilotCatalog.LinkTo(id), "status");
        }

        AddErrors(outcome, key => key);
        View = await views.OfAsync(Pilot, cancellationToken);
        return Page();
    }
}

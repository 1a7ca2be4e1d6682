using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Calls.Pages;

/// <summary>The staff's view of a call: publish it, see its submitted applications, export them, and read the audit trail.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class CallStaffModel(CallCatalog catalog, ApplicationDesk desk, FundingAudit audit, FundingAccess access, UserManager<AppUser> users) : PageModel
{
    public FundingCall Call { get; private set; } = default!;

    public CallPhase Phase { get; private set; }

    public List<FundingApplication> Applications { get; private set; } = [];

    public List<FundingAuditEntry> Trail { get; private set; } = [];

    /// <summary>Applications by id, for naming them in the trail.</summary>
    public Dictionary<int, string> References { get; private set; } = [];

    /// <summary>Display names of the people in the trail.</summary>
    public Dictionary<Guid, string> Actors { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostPublishAsync(int id, bool publish, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await catalog.SetStatusAsync(Call, publish ? CallStatus.Published : CallStatus.Draft, SignedInAccount.IdOf(User), cancellationToken);
        return Redirect($"{CallCatalog.LinkTo(id)}/staff?saved=true");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var call = await catalog.FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        if (!await access.IsEditorAsync(User, call.AreaId, cancellationToken))
        {
            return Forbid();
        }

        Call = call;
        Phase = call.PhaseAt(catalog.Now);
        Applications = await desk.OfCallAsync(id, cancellationToken);
        Trail = await audit.OfCallAsync(id, cancellationToken);
        References = Applications.ToDictionary(a => a.Id, a => a.ReferenceNumber ?? "");
        var actorIds = Trail.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value).Distinct().ToList();
        Actors = await users.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Applications.Pages;

/// <summary>The signed-in person's applications, drafts included.</summary>
[Authorize]
public sealed class MineModel(ApplicationDesk desk, CallCatalog calls) : PageModel
{
    public List<FundingApplication> Applications { get; private set; } = [];

    public Dictionary<int, FundingCall> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(User) is not { } accountId)
        {
            return;
        }

        Applications = await desk.OfApplicantAsync(accountId, cancellationToken);
        foreach (var callId in Applications.Select(a => a.CallId).Distinct())
        {
            if (await calls.FindAsync(callId, cancellationToken) is { } call)
            {
                Calls[callId] = call;
            }
        }
    }
}

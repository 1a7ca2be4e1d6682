using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Calls.Pages;

/// <summary>One call for everybody; a draft only for editors of its area. Signed-in people start an application here.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class CallDetailModel(CallCatalog catalog, ApplicationDesk desk, FundingAccess access, RegionDirectory directory) : PageModel
{
    public FundingCall Call { get; private set; } = default!;

    public CallPhase Phase { get; private set; }

    public bool IsStaff { get; private set; }

    public string AreaName { get; private set; } = "";

    public List<string> EligibleAreaNames { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApplyAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(CallCatalog.LinkTo(id));
        }

        if (SignedInAccount.IdOf(User) is not { } accountId)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var (application, outcome) = await desk.CreateDraftAsync(Call, accountId, new ApplicationInput(), System.Globalization.CultureInfo.CurrentCulture, cancellationToken);
        if (application is null)
        {
            Refusal = outcome.Message;
            return Page();
        }

        return Redirect($"{ApplicationDesk.LinkTo(application.Id)}/edit");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var call = await catalog.FindAsync(id, cancellationToken);
        if (call is null)
        {
            return false;
        }

        IsStaff = await access.IsEditorAsync(User, call.AreaId, cancellationToken);
        if (call.Status == CallStatus.Draft && !IsStaff)
        {
            return false;
        }

        Call = call;
        Phase = call.PhaseAt(catalog.Now);
        var names = await directory.LookupAsync([call.AreaId, .. call.EligibleAreaIds], cancellationToken);
        AreaName = names.GetValueOrDefault(call.AreaId, "");
        EligibleAreaNames = [.. call.EligibleAreaIds.Select(a => names.GetValueOrDefault(a, ""))];
        Fields = [.. (await directory.FieldsAsync(cancellationToken)).Where(f => call.FieldKeys.Contains(f.Key))];
        return true;
    }
}

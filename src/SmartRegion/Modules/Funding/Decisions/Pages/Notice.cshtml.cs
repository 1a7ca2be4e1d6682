using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Funding.Decisions.Pages;

/// <summary>
/// The notice of a decision ("Bescheid"), to read and print, for the applicant and staff of the call's area.
/// Everybody else, and an application without a decision, gets 404.
/// </summary>
[Authorize]
public sealed class NoticeModel(ApplicationDesk applications, DecisionDesk decisions, CallCatalog calls, RegionDirectory directory) : PageModel
{
    public FundingApplication Application { get; private set; } = default!;

    public FundingCall Call { get; private set; } = default!;

    public FundingDecision Decision { get; private set; } = default!;

    /// <summary>The area whose call it is: it issues the notice.</summary>
    public string IssuerArea { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(id, cancellationToken);
        var call = application is null ? null : await calls.FindAsync(application.CallId, cancellationToken);
        if (application is null || call is null
            || !(ApplicationDesk.IsApplicant(User, application) || await applications.IsStaffAsync(User, call, application, cancellationToken))
            || await decisions.OfApplicationAsync(id, cancellationToken) is not { } decision)
        {
            return NotFound();
        }

        Application = application;
        Call = call;
        Decision = decision;
        IssuerArea = (await directory.LookupAsync([call.AreaId], cancellationToken)).GetValueOrDefault(call.AreaId, "");
        return Page();
    }
}

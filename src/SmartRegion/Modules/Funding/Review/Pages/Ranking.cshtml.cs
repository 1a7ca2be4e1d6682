using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Calls;

namespace SmartRegion.Modules.Funding.Review.Pages;

/// <summary>A call's applications in the order of their reviews, with the requested grants added up against the budget; for staff of the call's area.</summary>
[Authorize]
public sealed class RankingModel(FundingReviewDesk reviews, FundingRanking ranking) : PageModel
{
    public FundingCall Call { get; private set; } = default!;

    public List<RankingRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (call, isStaff) = await reviews.CallForStaffAsync(User, id, cancellationToken);
        if (call is null || !isStaff)
        {
            return call is null ? NotFound() : Forbid();
        }

        Call = call;
        Rows = await ranking.OfCallAsync(call, cancellationToken);
        return Page();
    }
}

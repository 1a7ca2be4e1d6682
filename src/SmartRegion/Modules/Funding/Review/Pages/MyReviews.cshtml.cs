using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SmartRegion.Modules.Funding.Review.Pages;

/// <summary>The signed-in reviewer's assigned reviews, the newest first.</summary>
[Authorize]
public sealed class MyReviewsModel(FundingReviewDesk reviews) : PageModel
{
    public List<ReviewCase> Reviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reviews = await reviews.OfReviewerAsync(User, cancellationToken);
}

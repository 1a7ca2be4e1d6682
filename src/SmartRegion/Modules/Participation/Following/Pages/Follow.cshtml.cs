using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Following.Pages;

/// <summary>Where the follow button posts; answers with a redirect back to the page the button was on.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class FollowModel(Followers followers, FollowSubjects subjects, ParticipationAccess access) : PageModel
{
    public IActionResult OnGet() => Redirect("/participation");

    public async Task<IActionResult> OnPostAsync(string? subjectKind, int subjectId, string? returnUrl, bool follow, CancellationToken cancellationToken)
    {
        var back = PublicUrl.SafeReturnUrl(returnUrl);
        if (Honeypot.IsFilled(Request))
        {
            return Redirect(back);
        }

        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        if (await subjects.AreaOfAsync(subjectKind, subjectId, cancellationToken) is not { } areaId)
        {
            return NotFound();
        }

        if (follow)
        {
            if (await access.IsBlockedAsync(accountId, areaId, cancellationToken))
            {
                return Forbid();
            }

            await followers.FollowAsync(accountId, subjectKind!, subjectId, cancellationToken);
        }
        else
        {
            await followers.UnfollowAsync(accountId, subjectKind!, subjectId, cancellationToken);
        }

        // Back to the button, so that keyboard and screen reader users continue where they were.
        return Redirect(back.Contains('#', StringComparison.Ordinal) ? back : $"{back}#follow-{subjectKind}-{subjectId}");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SmartRegion.Modules.Projects.Hackathons.Jury.Pages;

/// <summary>A judge's reviews of hackathon results, in hackathons of whose area they hold the Reviewer role.</summary>
[Authorize]
public sealed class JudgingModel(HackathonJury jury) : PageModel
{
    public List<JuryCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Cases = await jury.OfJudgeAsync(User, cancellationToken);
}

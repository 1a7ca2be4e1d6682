using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>An editor creates a hackathon for one of their areas; challenges are added on the next page.</summary>
[Authorize]
public sealed class NewModel(HackathonEditing editing, RegionDirectory directory, ProjectsAccess access, IStringLocalizer<SharedTexts> texts)
    : HackathonFormPage(editing, directory, access, texts)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return Areas.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Areas.Count == 0)
        {
            return Forbid();
        }

        if (await CheckAsync(cancellationToken) is not { } schedule)
        {
            return Page();
        }

        var hackathon = await Editing.CreateAsync(Input, schedule, SignedInAccount.IdOf(User), cancellationToken);
        return Redirect($"/hackathons/{hackathon.Id}/challenges/new");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>An editor creates a hackathon for one of their areas; challenges are added on the next page.</summary>
[Authorize]
public sealed class NewModel(HackathonEditing editing, RegionDirectory directory, ProjectsAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public HackathonInput Input { get; set; } = new() { TeamSizeMin = 2, TeamSizeMax = 5 };

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Areas.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Areas.Count == 0)
        {
            return Forbid();
        }

        var area = Areas.SingleOrDefault(a => a.Slug == Input.Area);
        var problems = HackathonRules.Check(Input, area?.Id, await editing.KnownFieldsAsync(cancellationToken), texts, out var schedule);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid || schedule is null)
        {
            return Page();
        }

        var hackathon = await editing.CreateAsync(Input, schedule, SignedInAccount.IdOf(User), cancellationToken);
        return Redirect($"/hackathons/{hackathon.Id}/challenges/new");
    }

    /// <summary>Only the areas the person edits are offered; an area chosen outside them counts as not chosen.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Fields = await directory.FieldsAsync(cancellationToken);
        foreach (var area in await directory.ChoicesAsync(cancellationToken))
        {
            if (await access.IsEditorAsync(User, area.Id, cancellationToken))
            {
                Areas.Add(area);
            }
        }
    }
}

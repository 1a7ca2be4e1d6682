using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Processes.Pages;

/// <summary>An editor starts a process for one of their areas; the phases follow on the next page.</summary>
[Authorize]
public sealed class ProcessNewModel(SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
    : ProcessFormPage(db, directory, access, texts)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Input.AreaId = Areas.Count == 1 ? Areas[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadChoicesAsync(cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await CheckAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var process = new Process
        {
            AreaId = Input.AreaId!.Value,
            Slug = await ProcessRules.NewSlugAsync(Db, Input.TitleDe!, cancellationToken),
            CreatedBy = ParticipationAccess.AccountId(User),
            CreatedAt = now,
            UpdatedAt = now,
        };
        ProcessRules.Apply(process, Input.ToDraft());
        Db.Add(process);
        await Db.SaveChangesAsync(cancellationToken);
        return Redirect($"/participation/processes/{process.Slug}/phases?created=true");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>A signed-in resident announces an event; it waits for a moderator of its area.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class NewModel(
    EventCatalog catalog, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public List<AreaChoice> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is null)
        {
            return Forbid();
        }

        Areas = await directory.ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        if (Honeypot.IsFilled(Request))
        {
            // Told it worked, so a bot learns nothing; nothing is stored.
            return Redirect("/participation/events/mine");
        }

        var areaExists = await catalog.AreaExistsAsync(Input.AreaId, cancellationToken);
        var problems = EventRules.Check(Input, areaExists, clock.GetUtcNow().UtcDateTime, texts, out var schedule);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (ModelState.IsValid && schedule is not null && await access.IsBlockedAsync(accountId, Input.AreaId!.Value, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, texts["Events.Blocked"]);
        }

        if (!ModelState.IsValid || schedule is null)
        {
            Areas = await directory.ChoicesAsync(cancellationToken);
            return Page();
        }

        var item = await catalog.SubmitAsync(Input, schedule, accountId, cancellationToken);
        return Redirect($"/participation/events/{item.Id}?submitted=true");
    }
}

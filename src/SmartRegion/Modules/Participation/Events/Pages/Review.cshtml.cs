using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>
/// The pending events of the areas a person moderates (editors count as moderators). Each decision is checked
/// against the event's own area, so a moderator of Plön cannot decide on an event in Kiel by posting its id.
/// </summary>
[Authorize]
public sealed class ReviewModel(EventCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public List<NeighbourhoodEvent> Queue { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    public string InterfaceLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static string ReasonField(int id) => $"reason-{id.ToString(CultureInfo.InvariantCulture)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!EventCatalog.MayModerateSomewhere(User))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, true, null, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, string? reason, CancellationToken cancellationToken) => DecideAsync(id, false, reason, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, bool approve, string? reason, CancellationToken cancellationToken)
    {
        switch (await catalog.ReviewAsync(User, id, approve, reason, cancellationToken))
        {
            case ReviewOutcome.Done:
                return Redirect($"/participation/events/review?done={(approve ? "approved" : "rejected")}");
            case ReviewOutcome.NotFound:
                return NotFound();
            case ReviewOutcome.Forbidden:
                return Forbid();
            case ReviewOutcome.ReasonMissing:
                ModelState.AddModelError(ReasonField(id), texts["Events.Error.ReasonRequired"]);
                break;
            default:
                ModelState.AddModelError(string.Empty, texts["Events.Error.AlreadyReviewed"]);
                break;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Queue = await catalog.ReviewQueueAsync(User, cancellationToken);
        AreaNames = await directory.LookupAsync(Queue.Select(e => e.AreaId), cancellationToken);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>The events a person submitted, with their status and, for rejected ones, the moderator's reason.</summary>
[Authorize]
public sealed class MineModel(EventCatalog catalog, RegionDirectory directory) : PageModel
{
    public List<NeighbourhoodEvent> Events { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public string InterfaceLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        Events = await catalog.SubmittedByAsync(accountId, cancellationToken);
        AreaNames = await directory.LookupAsync(Events.Select(e => e.AreaId), cancellationToken);
        return Page();
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>One event. Pending and rejected events are shown only to their submitter and the area's moderators.</summary>
public sealed class DetailModel(EventCatalog catalog, RegionDirectory directory, ParticipationAccess access, ContributionTranslations translations) : PageModel
{
    public NeighbourhoodEvent Event { get; private set; } = new();

    /// <summary>Title and description in the language the reader picked (<c>?lang=</c>); null for a hidden event.</summary>
    public TranslatedText? Text { get; private set; }

    public bool MayTranslate { get; private set; }

    public string AreaName { get; private set; } = "";

    public bool MayReview { get; private set; }

    [FromQuery(Name = "submitted")]
    public bool JustSubmitted { get; set; }

    public string InterfaceLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(int id, string? lang, CancellationToken cancellationToken)
    {
        var item = await catalog.FindAsync(id, cancellationToken);
        if (item is null || !await catalog.CanSeeAsync(User, item, cancellationToken))
        {
            return NotFound();
        }

        Event = item;
        AreaName = (await directory.LookupAsync([item.AreaId], cancellationToken)).GetValueOrDefault(item.AreaId) ?? "";
        MayReview = item.Status == EventStatus.Pending && await access.IsModeratorAsync(User, item.AreaId, cancellationToken);
        var contribution = TranslatableContribution.Of(item);
        Text = item.HiddenAt is null ? await translations.ForReaderAsync(contribution, lang, "event-text", cancellationToken) : null;
        MayTranslate = await translations.RightAsync(User, contribution, cancellationToken) == TranslationRight.Allowed;
        return Page();
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>The coming events, day by day, of an area (and the areas below it) and of a language.</summary>
public sealed class IndexModel(EventCatalog catalog, RegionDirectory directory, TimeProvider clock) : PageModel
{
    private const int ListLimit = 200;

    /// <summary>The area whose feed the page offers when no area is chosen: the whole region.</summary>
    public const string RegionSlug = "kielregion";

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public List<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public List<(DateOnly Day, List<NeighbourhoodEvent> Events)> Days { get; private set; } = [];

    public string FeedSlug { get; private set; } = RegionSlug;

    public string InterfaceLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = await directory.ChoicesAsync(cancellationToken);
        AreaNames = Areas.ToDictionary(a => a.Id, a => a.Name);
        var scope = await catalog.AreaScopeAsync(Area, cancellationToken);
        Area = scope?.Area.Slug;
        Language = ContentLanguage.IsKnown(Language) ? Language : null;
        FeedSlug = scope?.Area.Slug ?? RegionSlug;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = BerlinTime.Today(clock);
        var events = await catalog.PublicAsync(scope?.AreaIds, now, now.AddYears(1), Language, ListLimit, cancellationToken);

        // An event that began before today is listed under today, where people look for what is on.
        Days = [.. events
            .GroupBy(e => EventDays.FirstDay(e) < today ? today : EventDays.FirstDay(e))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.ToList()))];
    }
}

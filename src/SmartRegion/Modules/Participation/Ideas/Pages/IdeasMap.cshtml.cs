using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Ideas.Pages;

/// <summary>The ideas on a map, with the list's filters; the list with the same filters is linked as its accessible equivalent.</summary>
public sealed class IdeasMapModel(IdeaFinder finder, RegionDirectory directory, SmartRegionDb db) : PageModel
{
    public IdeaFilterForm Form { get; private set; } = default!;

    /// <summary>How many of the filtered ideas the list shows, so the link says what it leads to.</summary>
    public int Total { get; private set; }

    public async Task OnGetAsync([FromQuery] IdeaFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Form = await IdeaFilterForm.LoadAsync(filter, "/participation/ideas/map", showSort: false, directory, db, LocalizationSetup.IsEnglish, cancellationToken);
        Total = (await finder.ListAsync(filter, 1, cancellationToken)).Total;
    }
}

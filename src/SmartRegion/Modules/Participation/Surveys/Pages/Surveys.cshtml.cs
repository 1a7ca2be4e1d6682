using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>The published surveys, optionally of one process.</summary>
public sealed class SurveysModel(SurveyCatalog catalog, RegionDirectory directory, TimeProvider clock) : PageModel
{
    public List<SurveySummary> Surveys { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public DateTime Now { get; private set; }

    public bool English => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task OnGetAsync(string? process, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Surveys = await catalog.ListAsync(process, cancellationToken);
        AreaNames = await directory.LookupAsync(Surveys.Select(s => s.AreaId), cancellationToken);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Ideas.Pages;

/// <summary>The list of ideas with filters, sorting and pages; the map shows the same ideas.</summary>
public sealed class IdeasModel(IdeaFinder finder, RegionDirectory directory, SmartRegionDb db) : PageModel
{
    public IdeaPage Results { get; private set; } = new([], 0, 1, IdeaFinder.PageSize);

    public IdeaFilterForm Form { get; private set; } = default!;

    public IReadOnlyDictionary<string, string> FieldNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync([FromQuery] IdeaFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var english = LocalizationSetup.IsEnglish;
        Form = await IdeaFilterForm.LoadAsync(filter, "/participation/ideas", showSort: true, directory, db, english, cancellationToken);
        FieldNames = Form.Fields.ToDictionary(f => f.Key, f => f.Name(english));
        Results = await finder.ListAsync(filter, IdeaFinder.PageSize, cancellationToken);
    }
}

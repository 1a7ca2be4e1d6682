using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Portal.Pages;

public sealed class IndexModel(RegionDirectory region) : PageModel
{
    /// <summary>The platform's pillars besides the portal itself; each has a page at its own name.</summary>
    public static readonly IReadOnlyList<string> Pillars = ["data", "participation", "funding"];

    public IReadOnlyList<AreaChoice> TopLevelAreas { get; private set; } = [];

    public IReadOnlyList<FieldInfo> InnovationFields { get; private set; } = [];

    public IReadOnlyList<FieldInfo> ActionFields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TopLevelAreas = await region.TopLevelAreasAsync(cancellationToken);
        var fields = await region.FieldsAsync(cancellationToken);
        InnovationFields = [.. fields.Where(f => f.Kind == FieldKind.Innovation)];
        ActionFields = [.. fields.Where(f => f.Kind == FieldKind.Action)];
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Participation.Measures.Pages;

/// <summary>The public register of immediate measures, filtered by area (with the areas below), field and status.</summary>
public sealed class MeasuresModel(MeasureRegister register, RegionDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public MeasureStatus? Status { get; set; }

    public List<Measure> Measures { get; private set; } = [];

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = await directory.ChoicesAsync(cancellationToken);
        Fields = await directory.FieldsAsync(cancellationToken);
        Measures = await register.ListAsync(Area, Field, Status, cancellationToken);
        AreaNames = await directory.LookupAsync(Measures.Select(m => m.AreaId), cancellationToken);
    }
}

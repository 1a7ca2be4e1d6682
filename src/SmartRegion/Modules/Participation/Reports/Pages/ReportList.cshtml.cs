using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Reports.Pages;

/// <summary>The public list of reports with filters, and the same reports as points on a map.</summary>
public sealed class ReportListModel(SmartRegionDb db, RegionDirectory directory) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReportStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public List<ReportCategory> Categories { get; private set; } = [];

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<ReportRow> Rows { get; private set; } = [];

    public bool English => LocalizationSetup.IsEnglish;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Categories = await db.Set<ReportCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        Areas = await directory.ChoicesAsync(cancellationToken);
        var query = db.Set<ServiceRequest>().AsNoTracking().Where(r => r.HiddenAt == null);
        if (Categories.FirstOrDefault(c => c.ServiceCode == Category) is { } category)
        {
            query = query.Where(r => r.CategoryId == category.Id);
        }

        if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (Areas.FirstOrDefault(a => a.Slug == Area) is { } area)
        {
            var areaIds = await directory.AreaAndBelowAsync(area.Id, cancellationToken);
            query = query.Where(r => areaIds.Contains(r.AreaId));
        }

        var reports = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Take(PageSize).ToListAsync(cancellationToken);
        var names = Areas.ToDictionary(a => a.Id, a => a.Name);
        var categories = Categories.ToDictionary(c => c.Id);
        Rows = [.. reports.Select(r => new ReportRow(r, categories[r.CategoryId], names.GetValueOrDefault(r.AreaId, "")))];
        return Page();
    }
}

public sealed record ReportRow(ServiceRequest Report, ReportCategory Category, string AreaName);

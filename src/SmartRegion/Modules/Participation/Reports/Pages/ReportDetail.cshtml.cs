using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Reports.Pages;

/// <summary>One report with its photo and status history; the area's moderators and editors update its status here.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ReportDetailModel(
    SmartRegionDb db,
    RegionDirectory directory,
    ParticipationAccess access,
    ReportFiling filing,
    UploadedImages images) : PageModel
{
    [BindProperty]
    public ReportStatusInput StatusInput { get; set; } = new();

    public ServiceRequest Report { get; private set; } = new();

    public ReportCategory Category { get; private set; } = new();

    public string AreaName { get; private set; } = "";

    public List<ReportStatusChange> History { get; private set; } = [];

    public List<ImageInfo> Photos { get; private set; } = [];

    public bool IsStaff { get; private set; }

    public bool English => LocalizationSetup.IsEnglish;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        StatusInput = new ReportStatusInput { Status = Report.Status, Agency = Report.AgencyResponsible };
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!IsStaff)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!ModelState.IsValid || StatusInput.Status is null)
        {
            return Page();
        }

        var report = await db.Set<ServiceRequest>().SingleAsync(r => r.Id == id, cancellationToken);
        await filing.ChangeStatusAsync(report, StatusInput.Status.Value, StatusInput.Note, StatusInput.Agency, ParticipationAccess.AccountId(User), cancellationToken);
        return Redirect($"/participation/reports/{id}?updated=true");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await db.Set<ServiceRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Category = await db.Set<ReportCategory>().AsNoTracking().SingleAsync(c => c.Id == report.CategoryId, cancellationToken);
        AreaName = (await directory.LookupAsync([report.AreaId], cancellationToken)).GetValueOrDefault(report.AreaId, "");
        History = await db.Set<ReportStatusChange>().AsNoTracking().Where(c => c.RequestId == id)
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        Photos = report.HiddenAt is null ? await images.OfAsync(ReportFiling.OwnerKind, id, cancellationToken) : [];
        IsStaff = User.Identity?.IsAuthenticated == true && await access.IsModeratorAsync(User, report.AreaId, cancellationToken);
        return true;
    }
}

public sealed class ReportStatusInput
{
    [Required(ErrorMessage = "Reports.Validation.StatusRequired")]
    [Display(Name = "Reports.NewStatus")]
    public ReportStatus? Status { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Reports.StatusNote")]
    public string? Note { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Reports.Agency")]
    public string? Agency { get; set; }
}

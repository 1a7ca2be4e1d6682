using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Reports.Pages;

/// <summary>
/// A signed-in resident reports a problem or an observation at a point, optionally with a photo. Without a chosen
/// area the point decides, as for Open311 requests.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ReportNewModel(
    SmartRegionDb db,
    RegionDirectory directory,
    ParticipationAccess access,
    ReportFiling filing,
    IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public List<ReportCategory> Categories { get; private set; } = [];

    public List<AreaChoice> Areas { get; private set; } = [];

    public bool English => LocalizationSetup.IsEnglish;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is null)
        {
            return Forbid();
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        if (Honeypot.IsFilled(Request))
        {
            // A bot filled the hidden field: it is told all went well, and nothing is stored.
            return Redirect("/participation/reports?sent=true");
        }

        await LoadChoicesAsync(cancellationToken);
        var category = Categories.FirstOrDefault(c => c.ServiceCode == Input.Category);
        if (!string.IsNullOrEmpty(Input.Category) && category is null)
        {
            ModelState.AddModelError("Input.Category", texts["Reports.Validation.Category"]);
        }

        if (Input.AreaId is { } chosen && Areas.All(a => a.Id != chosen))
        {
            ModelState.AddModelError("Input.AreaId", texts["Reports.Validation.Area"]);
        }

        var latitude = ReadCoordinate(Input.Latitude, "Input.Latitude");
        var longitude = ReadCoordinate(Input.Longitude, "Input.Longitude");
        if (latitude is { } lat && longitude is { } lon && !ReportFiling.IsInRegion(lat, lon))
        {
            ModelState.AddModelError("Input.Latitude", texts["Reports.Validation.OutsideRegion"]);
        }

        PreparedPhoto? photo = null;
        if (Input.Photo is { Length: > 0 } upload)
        {
            var prepared = await UploadedImages.PrepareAsync(upload, cancellationToken);
            if (prepared.Refusal == ImageRefusal.None)
            {
                photo = new PreparedPhoto(prepared.Bytes, prepared.ContentType, prepared.Width, prepared.Height, Input.PhotoAlt);
            }
            else
            {
                ModelState.AddModelError("Input.Photo", prepared.Refusal switch
                {
                    ImageRefusal.TooLarge => texts["Reports.Validation.PhotoTooLarge"],
                    ImageRefusal.TooManyPixels => texts["Reports.Validation.PhotoTooManyPixels"],
                    _ => texts["Reports.Validation.PhotoNotAnImage"],
                });
            }
        }

        if (!ModelState.IsValid || category is null || latitude is null || longitude is null)
        {
            return Page();
        }

        var areaId = Input.AreaId
            ?? await directory.SmallestAreaContainingAsync(latitude.Value, longitude.Value, cancellationToken)
            ?? Areas.First(a => a.Kind == AreaKind.Region).Id;
        if (await access.IsBlockedAsync(accountId, areaId, cancellationToken))
        {
            ModelState.AddModelError("", texts["Reports.Blocked"]);
            return Page();
        }

        var report = await filing.FileAsync(
            new NewReport(category, areaId, latitude.Value, longitude.Value, Input.Description ?? "", Input.Address, accountId, null, null, null),
            photo,
            cancellationToken);
        return Redirect($"/participation/reports/{report.Id}?sent=true");
    }

    /// <summary>Reads decimal degrees with a point or, as Germans write them, a comma.</summary>
    private double? ReadCoordinate(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        ModelState.AddModelError(key, texts["Reports.Validation.Coordinate"]);
        return null;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Categories = await db.Set<ReportCategory>().AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        Areas = await directory.ChoicesAsync(cancellationToken);
    }
}

public sealed class ReportInput
{
    [Required(ErrorMessage = "Reports.Validation.CategoryRequired")]
    [Display(Name = "Reports.Category")]
    public string? Category { get; set; }

    /// <summary>Optional: without it the report goes to the smallest area whose boundary holds the point, else the region.</summary>
    [Display(Name = "Reports.Area")]
    public int? AreaId { get; set; }

    [Required(ErrorMessage = "Reports.Validation.LatitudeRequired")]
    [Display(Name = "Reports.Latitude")]
    public string? Latitude { get; set; }

    [Required(ErrorMessage = "Reports.Validation.LongitudeRequired")]
    [Display(Name = "Reports.Longitude")]
    public string? Longitude { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Reports.Address")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "Reports.Validation.DescriptionRequired")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "Reports.Validation.DescriptionLength")]
    [Display(Name = "Reports.Description")]
    public string? Description { get; set; }

    [Display(Name = "Reports.Photo")]
    public IFormFile? Photo { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Reports.PhotoAlt")]
    public string? PhotoAlt { get; set; }
}

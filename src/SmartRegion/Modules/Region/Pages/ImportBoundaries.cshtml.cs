using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Region.Pages;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
[RequestSizeLimit(BoundaryImport.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = BoundaryImport.MaxBytes + 64 * 1024)]
public sealed class ImportBoundariesModel(RegionDirectory directory, BoundaryImport import, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? TargetSlug { get; set; }

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyList<string> Updated { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAreasAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAreasAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), texts["Boundaries.NoFile"]);
            return Page();
        }

        if (Upload.Length > BoundaryImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), texts["Boundaries.TooLarge", BoundaryImport.MaxBytes / 1024 / 1024]);
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var result = await import.ImportAsync(stream, string.IsNullOrEmpty(TargetSlug) ? null : TargetSlug, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), texts["Boundaries.Failed"]);
            foreach (var error in result.Errors.Take(50))
            {
                ModelState.AddModelError(nameof(Upload), error);
            }

            return Page();
        }

        Updated = result.UpdatedSlugs;
        return Page();
    }

    private async Task LoadAreasAsync(CancellationToken cancellationToken) => Areas = await directory.ChoicesAsync(cancellationToken);
}

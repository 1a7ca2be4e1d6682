using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>An editor of the request's area sets its status and keeps an internal note the maker never sees.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class HandleModel(SupportDesk desk, MakerCatalog catalog, ProjectsAccess access, RegionDirectory directory, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public HandlingInput Input { get; set; } = new();

    public SupportRequest Item { get; private set; } = default!;

    public MakerProfile Maker { get; private set; } = default!;

    public MakerProject? Project { get; private set; }

    public string AreaName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = new HandlingInput { Status = Item.Status, InternalNote = Item.InternalNote };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!Enum.IsDefined(Input.Status))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(HandlingInput.Status)}", texts["Makers.Error.Status"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await desk.HandleAsync(Item, Input, SignedInAccount.IdOf(User), cancellationToken);
        return Redirect("/projects/support");
    }

    private async Task<IActionResult?> AllowedAsync(int id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        if (!await access.IsEditorAsync(User, request.AreaId, cancellationToken))
        {
            return Forbid();
        }

        Item = request;
        Maker = (await catalog.ProfileByIdAsync(request.ProfileId, cancellationToken))!;
        Project = request.ProjectId is { } projectId ? await catalog.ProjectByIdAsync(projectId, cancellationToken) : null;
        AreaName = (await directory.LookupAsync([request.AreaId], cancellationToken)).GetValueOrDefault(request.AreaId, "");
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>A maker asks for support, about one of their projects or in general.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class SupportNewModel(MakerCatalog catalog, SupportDesk desk, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public SupportInput Input { get; set; } = new();

    public List<MakerProject> Projects { get; private set; } = [];

    private MakerProfile profile = default!;

    public async Task<IActionResult> OnGetAsync([FromQuery] int? project, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input.ProjectId = project;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect("/account/maker?saved=request");
        }

        var project = Input.ProjectId is { } id ? Projects.FirstOrDefault(p => p.Id == id) : null;
        if (Input.ProjectId is not null && project is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(SupportInput.ProjectId)}", texts["Makers.Error.SupportProject"]);
        }

        if (!Enum.IsDefined(Input.Kind))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(SupportInput.Kind)}", texts["Makers.Error.SupportKind"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await desk.FileAsync(profile, project, Input, cancellationToken);
        return Redirect("/account/maker?saved=request");
    }

    private async Task<IActionResult?> AllowedAsync(CancellationToken cancellationToken)
    {
        if (!ProjectsAccess.IsProjectMaker(User))
        {
            return Forbid();
        }

        if (await catalog.ProfileOfAsync(SignedInAccount.IdOf(User)!.Value, cancellationToken) is not { } own)
        {
            return Redirect("/account/maker/profile");
        }

        profile = own;
        Projects = await catalog.ProjectsOfAsync(own.Id, cancellationToken);
        return null;
    }
}

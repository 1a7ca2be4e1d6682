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

/// <summary>A project maker creates or changes their own profile. Only people with the ProjectMaker role.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ProfileEditModel(MakerCatalog catalog, RegionDirectory directory, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public MakerNames Names { get; private set; } = default!;

    public bool Exists { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ProjectsAccess.IsProjectMaker(User))
        {
            return Forbid();
        }

        var profile = await catalog.ProfileOfAsync(SignedInAccount.IdOf(User)!.Value, cancellationToken);
        Exists = profile is not null;
        if (profile is not null)
        {
            Input = MakerCatalog.InputOf(profile);
        }

        Names = await MakerNames.LoadAsync(directory, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ProjectsAccess.IsProjectMaker(User))
        {
            return Forbid();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect("/account/maker");
        }

        var accountId = SignedInAccount.IdOf(User)!.Value;
        var problems = MakerRules.CheckProfile(Input, await catalog.AreaExistsAsync(Input.AreaId, cancellationToken), await catalog.FieldKeysAsync(cancellationToken), texts);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            Exists = await catalog.ProfileOfAsync(accountId, cancellationToken) is not null;
            Names = await MakerNames.LoadAsync(directory, cancellationToken);
            return Page();
        }

        await catalog.SaveProfileAsync(accountId, Input, cancellationToken);
        return Redirect("/account/maker?saved=profile");
    }
}

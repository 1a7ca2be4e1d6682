using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Identity.Privacy;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Identity.Pages;

/// <summary>
/// Deleting one's account asks for the password again (a left-open session must not suffice). Contributions
/// stay readable as by a "deleted account"; everything else tied to the account goes.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.Login)]
public sealed class DeleteAccountModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    PersonalDataService personalData,
    IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public DeleteAccountInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", texts["DeleteAccount.ConfirmRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await users.CheckPasswordAsync(person, Input.Password))
        {
            ModelState.AddModelError("Input.Password", texts["DeleteAccount.WrongPassword"]);
            return Page();
        }

        var result = await personalData.DeleteAsync(person, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Password", texts["DeleteAccount.Failed"]);
            return Page();
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/?account-deleted=true");
    }
}

public sealed class DeleteAccountInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "ChangePassword.Current")]
    public string Password { get; set; } = "";

    [Display(Name = "DeleteAccount.Confirm")]
    public bool Confirm { get; set; }
}

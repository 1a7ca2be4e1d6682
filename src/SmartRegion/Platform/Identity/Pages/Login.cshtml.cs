using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Identity.Pages;

[RateLimitedWrites(RateLimitedWrite.Login)]
public sealed class LoginModel(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Confirmed { get; set; }

    public bool NeedsConfirmation { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByEmailAsync(Input.Email);
            var target = PublicUrl.SafeReturnUrl(ReturnUrl);
            return user?.MustChangePassword == true
                ? RedirectToPage("ChangePassword", new { returnUrl = target })
                : LocalRedirect(target);
        }

        // Identity refuses an unconfirmed account before it looks at the password; only someone who knows the
        // password is told that the address still needs confirming, so nobody learns which addresses exist.
        if (result.IsNotAllowed)
        {
            var user = await users.FindByEmailAsync(Input.Email);
            if (user is not null && await users.CheckPasswordAsync(user, Input.Password))
            {
                NeedsConfirmation = true;
                ModelState.AddModelError(string.Empty, texts["Login.NotConfirmed"]);
                return Page();
            }
        }

        ModelState.AddModelError(string.Empty, texts["Login.Failed"]);
        return Page();
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

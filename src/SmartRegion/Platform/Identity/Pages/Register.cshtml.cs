using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Identity.Pages;

[RateLimitedWrites(RateLimitedWrite.Registration)]
public sealed class RegisterModel(
    UserManager<AppUser> users,
    AccountMails mails,
    TimeProvider clock,
    IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Bots fill in every field, people never see this one; they get the same answer as everyone else.
        if (!string.IsNullOrEmpty(Input.Website))
        {
            return RedirectToPage("RegisterDone");
        }

        if (!Input.AcceptPrivacy)
        {
            ModelState.AddModelError("Input.AcceptPrivacy", texts["Register.AcceptPrivacyRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var existing = await users.FindByEmailAsync(Input.Email);
        if (existing is not null)
        {
            // The answer must not tell whether the address has an account; the owner learns it by mail.
            await mails.SendAlreadyRegisteredAsync(existing, PublicUrl.For(HttpContext, "/account/login"), cancellationToken);
            return RedirectToPage("RegisterDone");
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = Input.Email,
            Email = Input.Email,
            DisplayName = Input.DisplayName.Trim(),
            PreferredCulture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(key, IdentityErrorText.For(error, texts));
            }

            return Page();
        }

        await SendConfirmationAsync(users, mails, HttpContext, user, cancellationToken);
        return RedirectToPage("RegisterDone");
    }

    internal static async Task SendConfirmationAsync(
        UserManager<AppUser> users, AccountMails mails, HttpContext context, AppUser user, CancellationToken cancellationToken)
    {
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = PublicUrl.For(context, $"/account/confirm-email?userId={user.Id}&code={code}");
        await mails.SendConfirmationAsync(user, link, cancellationToken);
    }
}

public sealed class RegisterInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "Validation.Length")]
    [Display(Name = "Register.DisplayName")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.Length")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";

    public bool AcceptPrivacy { get; set; }

    /// <summary>The honeypot: stays empty for people.</summary>
    public string? Website { get; set; }
}

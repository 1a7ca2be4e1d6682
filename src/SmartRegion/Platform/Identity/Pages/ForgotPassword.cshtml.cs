using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Identity.Pages;

[RateLimitedWrites(RateLimitedWrite.PasswordReset)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountMails mails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is not null && user.EmailConfirmed)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = PublicUrl.For(HttpContext, $"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
            await mails.SendPasswordResetAsync(user, link, cancellationToken);
        }

        // The same answer whether or not the address has an account.
        Sent = true;
        return Page();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform.Identity.Pages;

[RateLimitedWrites(RateLimitedWrite.Registration)]
public sealed class ResendConfirmationModel(UserManager<AppUser> users, AccountMails mails) : PageModel
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
        if (user is not null && !user.EmailConfirmed)
        {
            await RegisterModel.SendConfirmationAsync(users, mails, HttpContext, user, cancellationToken);
        }

        // The same answer whether or not the address has an account.
        Sent = true;
        return Page();
    }
}

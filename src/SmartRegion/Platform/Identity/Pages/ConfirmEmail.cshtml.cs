using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Platform.Identity.Pages;

public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Succeeded { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (!Guid.TryParse(userId, out var id) || string.IsNullOrEmpty(code))
        {
            return;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return;
        }

        Succeeded = (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Mail;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>
/// Visitors write to a maker without learning their address: the platform mails the message, with the
/// visitor's address to answer to. Only for projects whose maker chose this way.
/// </summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ContactModel(MakerCatalog catalog, UserManager<AppUser> users, MailSender mail, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public MakerProject Project { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect($"/projects/{Project.Slug}?sent=true");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var maker = (await catalog.ProfileByIdAsync(Project.ProfileId, cancellationToken))!;
        var account = await users.FindByIdAsync(maker.AccountId.ToString());
        if (account?.Email is { } address)
        {
            var body = texts["Makers.ContactMailBody", Project.Title, Input.Name!.Trim(), Input.Email!.Trim(), Input.Message!.Trim()];
            await mail.SendAsync(address, texts["Makers.ContactMailSubject", Project.Title], body, cancellationToken);
        }

        return Redirect($"/projects/{Project.Slug}?sent=true");
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var project = await catalog.ProjectBySlugAsync(slug, cancellationToken);
        if (project is null || project.Contact != ContactPreference.PlatformForm)
        {
            return NotFound();
        }

        Project = project;
        return null;
    }
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Mail;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Portal.Pages;

[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class AccessibilityModel(
    SmartRegionDb db,
    MailSender mail,
    IOptions<MailOptions> mailOptions,
    IOptions<OperatorOptions> operatorOptions,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public OperatorOptions Operator => operatorOptions.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Bots fill the hidden field; they are told the same as people and nothing is stored.
        if (!string.IsNullOrEmpty(Input.Website))
        {
            return Redirect("/accessibility?sent=true");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var feedback = new AccessibilityFeedback
        {
            Id = Guid.CreateVersion7(),
            Name = Input.Name?.Trim(),
            Email = Input.Email?.Trim(),
            PageUrl = Input.PageUrl?.Trim(),
            Message = Input.Message.Trim(),
            Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);

        var to = mailOptions.Value.FeedbackTo;
        if (!string.IsNullOrWhiteSpace(to))
        {
            var body = $"{feedback.Message}\n\n{feedback.PageUrl}\n{feedback.Name} <{feedback.Email}>\n{feedback.ReceivedAt:u}";
            await mail.SendAsync(to, "Barrierefreiheit: Rückmeldung / accessibility feedback", body, cancellationToken);
        }

        return Redirect("/accessibility?sent=true");
    }
}

public sealed class FeedbackInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(5000, MinimumLength = 5, ErrorMessage = "Validation.Length")]
    [Display(Name = "A11y.Message")]
    public string Message { get; set; } = "";

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "A11y.PageUrl")]
    public string? PageUrl { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "A11y.Name")]
    public string? Name { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Email")]
    public string? Email { get; set; }

    public string? Website { get; set; }
}

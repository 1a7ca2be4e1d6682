using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Any signed-in person reports a contribution of any kind; the report waits in its area's moderation queue.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ReportContentModel(ModeratedContents contents, ModerationActions actions, ParticipationAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public ModeratedItem Item { get; private set; } = default!;

    public bool AlreadyReported { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        AlreadyReported = !Sent && await actions.HasOpenReportAsync(Item, AccountId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(SentUrl());
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await access.IsBlockedAsync(AccountId, Item.AreaId, cancellationToken))
        {
            ModelState.AddModelError("", texts["Moderation.Refusal.Blocked"]);
            return Page();
        }

        var outcome = await actions.ReportAsync(Item, AccountId, Input.Reason.Trim(), cancellationToken);
        if (outcome == ReportOutcome.AlreadyReported)
        {
            AlreadyReported = true;
            return Page();
        }

        return Redirect(SentUrl());
    }

    private Guid AccountId => ParticipationAccess.AccountId(User) ?? Guid.Empty;

    private string SentUrl() =>
        $"/participation/report-content?kind={Uri.EscapeDataString(Item.Kind)}&id={Item.Id}&sent=true&returnUrl={Uri.EscapeDataString(ReturnUrl!)}";

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is null)
        {
            return Forbid();
        }

        var item = await contents.FindAsync(Kind, Id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        ReturnUrl = string.IsNullOrEmpty(ReturnUrl) ? ReturnUrls.Local(Url, item.Link) : ReturnUrls.Local(Url, ReturnUrl);
        return null;
    }
}

public sealed class ReportInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(1000, MinimumLength = 5, ErrorMessage = "Validation.Length")]
    [Display(Name = "Moderation.ReportReason")]
    public string Reason { get; set; } = "";
}

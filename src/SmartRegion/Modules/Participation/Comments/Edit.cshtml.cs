using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>The author corrects a comment within the edit window; afterwards the page only says that the time is over.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class EditModel(SmartRegionDb db, CommentWriter writer, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public CommentEditInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool WindowOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Local(Url, ReturnUrl);
        var (comment, refusal) = await OwnCommentAsync(id, cancellationToken);
        if (comment is null)
        {
            return refusal!;
        }

        Input.Body = comment.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Local(Url, ReturnUrl);
        var (comment, refusal) = await OwnCommentAsync(id, cancellationToken);
        if (comment is null)
        {
            return refusal!;
        }

        if (Honeypot.IsFilled(Request))
        {
            return LocalRedirect(ReturnUrl);
        }

        if (WindowOver || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.EditAsync(User, id, Input.Body, cancellationToken);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.WithAnchor(ReturnUrl, $"comment-{id}"));
        }

        var field = result.Refusal is CommentRefusal.BodyRequired or CommentRefusal.BodyTooLong ? $"{nameof(Input)}.{nameof(CommentEditInput.Body)}" : "";
        ModelState.AddModelError(field, texts[$"Comments.Refusal.{result.Refusal}"]);
        return Page();
    }

    /// <summary>The comment when it is the person's own and visible; otherwise the answer to give instead.</summary>
    private async Task<(Comment? Comment, IActionResult? Refusal)> OwnCommentAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.HiddenAt == null, cancellationToken);
        if (comment is null)
        {
            return (null, NotFound());
        }

        var refusal = await writer.CheckEditableAsync(comment, ParticipationAccess.AccountId(User) ?? Guid.Empty, cancellationToken);
        if (refusal == CommentRefusal.NotAuthor)
        {
            return (null, Forbid());
        }

        if (refusal != CommentRefusal.None)
        {
            WindowOver = true;
            ModelState.AddModelError("", texts[$"Comments.Refusal.{refusal}"]);
        }

        return (comment, null);
    }
}

public sealed class CommentEditInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(CommentWriter.MaxBodyLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Comments.EditBody")]
    public string Body { get; set; } = "";
}

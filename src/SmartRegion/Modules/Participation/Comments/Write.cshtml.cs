using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Comments;

/// <summary>
/// Takes the comment forms of every thread and leads back to the page they were on. When a comment is
/// refused, this page shows the form again with the reason next to the field.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class WriteModel(CommentWriter writer, CommentSubjects subjects, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? subject, int id, long? parentId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (subjects.For(subject) is not { } kind || await kind.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Input = new CommentInput
        {
            SubjectKind = kind.Kind,
            SubjectId = id,
            ParentId = parentId,
            ReturnUrl = ReturnUrls.Local(Url, returnUrl),
            Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var returnUrl = ReturnUrls.Local(Url, Input.ReturnUrl);
        Input.ReturnUrl = returnUrl;
        if (Honeypot.IsFilled(Request))
        {
            return LocalRedirect(returnUrl);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.AddAsync(User, Input.SubjectKind, Input.SubjectId, Input.ParentId, Input.Body, Input.Language, cancellationToken);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.WithAnchor(returnUrl, $"comment-{result.Comment!.Id}"));
        }

        if (result.Refusal == CommentRefusal.SubjectNotFound)
        {
            return NotFound();
        }

        var field = result.Refusal switch
        {
            CommentRefusal.BodyRequired or CommentRefusal.BodyTooLong => $"{nameof(Input)}.{nameof(CommentInput.Body)}",
            CommentRefusal.UnknownLanguage => $"{nameof(Input)}.{nameof(CommentInput.Language)}",
            _ => "",
        };
        ModelState.AddModelError(field, texts[$"Comments.Refusal.{result.Refusal}"]);
        return Page();
    }
}

public sealed class CommentInput
{
    public string SubjectKind { get; set; } = "";

    public int SubjectId { get; set; }

    public long? ParentId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(CommentWriter.MaxBodyLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Comments.NewComment")]
    public string Body { get; set; } = "";

    [Display(Name = "Comments.Language")]
    public string Language { get; set; } = ContentLanguage.German;

    public string? ReturnUrl { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Measures.Pages;

/// <summary>
/// Editors link the ideas a measure came from, the surveys that informed it, and add photos. Three small
/// forms on one page; each handler binds and validates only its own form.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class MeasureLinksModel(MeasureRegister register, ParticipationAccess access, UploadedImages images, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public IdeaLinkInput Idea { get; set; } = new();

    public SurveyLinkInput Survey { get; set; } = new();

    public PhotoInput Photo { get; set; } = new();

    public Measure Measure { get; private set; } = default!;

    public List<LinkedIdea> Ideas { get; private set; } = [];

    public List<int> Surveys { get; private set; } = [];

    public List<ImageInfo> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await EditableAsync(id, cancellationToken) ?? await PageWithListsAsync(cancellationToken);

    public async Task<IActionResult> OnPostIdeaAsync(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var valid = await TryUpdateModelAsync(Idea, nameof(Idea));
        ReplaceNumberError($"{nameof(Idea)}.{nameof(IdeaLinkInput.IdeaId)}", Idea.IdeaId);
        if (valid)
        {
            var result = await register.LinkIdeaAsync(Measure, Idea.IdeaId!.Value, ParticipationAccess.AccountId(User), cancellationToken);
            if (result == IdeaLinkRefusal.None)
            {
                return Redirect($"{MeasureRegister.LinkTo(id)}?saved=idea");
            }

            ModelState.AddModelError($"{nameof(Idea)}.{nameof(IdeaLinkInput.IdeaId)}", texts[MeasureTexts.IdeaRefusal(result)]);
        }

        return await PageWithListsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSurveyAsync(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var valid = await TryUpdateModelAsync(Survey, nameof(Survey));
        ReplaceNumberError($"{nameof(Survey)}.{nameof(SurveyLinkInput.SurveyId)}", Survey.SurveyId);
        if (valid)
        {
            await register.LinkSurveyAsync(Measure, Survey.SurveyId!.Value, cancellationToken);
            return Redirect($"{MeasureRegister.LinkTo(id)}?saved=survey");
        }

        return await PageWithListsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPhotoAsync(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var fileKey = $"{nameof(Photo)}.File";
        if (await TryUpdateModelAsync(Photo, nameof(Photo)))
        {
            if (file is null || file.Length == 0)
            {
                ModelState.AddModelError(fileKey, texts["Measures.Validation.PhotoMissing"]);
            }
            else
            {
                var (imageRefusal, bytes, contentType, width, height) = await UploadedImages.PrepareAsync(file, cancellationToken);
                if (imageRefusal == ImageRefusal.None)
                {
                    await images.StoreAsync(MeasureRegister.ImageOwnerKind, id, bytes, contentType, width, height, Photo.AltText, cancellationToken);
                    return Redirect($"{MeasureRegister.LinkTo(id)}?saved=photo");
                }

                ModelState.AddModelError(fileKey, texts[MeasureTexts.PhotoRefusal(imageRefusal)]);
            }
        }

        return await PageWithListsAsync(cancellationToken);
    }

    /// <summary>Gives "abc" in a number field a message people understand instead of the framework's.</summary>
    private void ReplaceNumberError(string key, int? value)
    {
        if (ModelState[key] is { Errors.Count: > 0 } state && value is null && !string.IsNullOrWhiteSpace(state.AttemptedValue))
        {
            state.Errors.Clear();
            ModelState.AddModelError(key, texts["Measures.Validation.Number"]);
        }
    }

    private async Task<IActionResult> PageWithListsAsync(CancellationToken cancellationToken)
    {
        Ideas = await register.IdeasAsync(Measure.Id, cancellationToken);
        Surveys = await register.SurveysAsync(Measure.Id, cancellationToken);
        Photos = await images.OfAsync(MeasureRegister.ImageOwnerKind, Measure.Id, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> EditableAsync(int id, CancellationToken cancellationToken)
    {
        var measure = await register.FindAsync(id, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }

        if (!await access.IsEditorAsync(User, measure.AreaId, cancellationToken))
        {
            return Forbid();
        }

        Measure = measure;
        return null;
    }
}

public sealed class IdeaLinkInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(1, int.MaxValue, ErrorMessage = "Measures.Validation.Number")]
    [Display(Name = "Measures.Field.IdeaId")]
    public int? IdeaId { get; set; }
}

public sealed class SurveyLinkInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(1, int.MaxValue, ErrorMessage = "Measures.Validation.Number")]
    [Display(Name = "Measures.Field.SurveyId")]
    public int? SurveyId { get; set; }
}

public sealed class PhotoInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.AltText")]
    public string? AltText { get; set; }
}

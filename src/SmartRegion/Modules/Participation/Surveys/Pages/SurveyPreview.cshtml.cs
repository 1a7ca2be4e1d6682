using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>The form as residents will see it, for its editors; a test submission is checked and shown, never stored.</summary>
[Authorize]
public sealed class SurveyPreviewModel(SurveyCatalog catalog, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public Survey Survey { get; private set; } = default!;

    public SurveyValues Values { get; private set; } = SurveyValues.Empty;

    public bool Checked { get; private set; }

    public bool English => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Values = SurveyValues.FromForm(Request.Form);
        foreach (var error in AnswerValidation.Validate(Survey, Values).Errors)
        {
            ModelState.AddModelError(error.Field, texts[error.TextKey, error.Arguments]);
        }

        Checked = ModelState.IsValid;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var survey = await catalog.FindAsync(id, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }

        if (!await catalog.IsEditorAsync(User, survey, cancellationToken))
        {
            return Forbid();
        }

        Survey = survey;
        return null;
    }
}

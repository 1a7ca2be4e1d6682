using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>Answering a survey. The browser may hide conditional questions; what counts is the server's check.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class SurveyAnswerModel(SurveyCatalog catalog, SurveySubmissions submissions, IStringLocalizer<SharedTexts> texts) : PageModel
{
    public Survey Survey { get; private set; } = default!;

    public SurveyRefusal Refusal { get; private set; }

    public bool IsEditor { get; private set; }

    public bool MayReadResults { get; private set; }

    public bool English => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public SurveyValues Values { get; private set; } = SurveyValues.Empty;

    [FromQuery(Name = "answered")]
    public bool Answered { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Refusal = await submissions.RefusalAsync(Survey, User, HttpContext, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect($"/participation/surveys/{id}?answered=true");
        }

        Values = SurveyValues.FromForm(Request.Form);
        var outcome = await submissions.SubmitAsync(Survey, User, HttpContext, Values, cancellationToken);
        if (outcome.Saved)
        {
            return Redirect($"/participation/surveys/{id}?answered=true");
        }

        Refusal = outcome.Refusal;
        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(error.Field, texts[error.TextKey, error.Arguments]);
        }

        Response.StatusCode = Refusal == SurveyRefusal.None ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var survey = await catalog.VisibleAsync(id, User, cancellationToken);
        if (survey is null)
        {
            return false;
        }

        Survey = survey;
        IsEditor = await catalog.IsEditorAsync(User, survey, cancellationToken);
        MayReadResults = await catalog.MayReadResultsAsync(User, survey, cancellationToken);
        return true;
    }
}

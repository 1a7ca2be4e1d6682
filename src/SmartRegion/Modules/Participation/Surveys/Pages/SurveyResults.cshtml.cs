using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>
/// The results as charts and, with the same numbers, as tables. Free-text answers appear publicly only after an
/// editor or moderator of the area released them; those see every text with a release and a hide button.
/// </summary>
public sealed class SurveyResultsModel(SurveyCatalog catalog, SurveyResults results, ParticipationAccess access, SmartRegionDb db, TimeProvider clock) : PageModel
{
    public Survey Survey { get; private set; } = default!;

    public SurveyResultSet Results { get; private set; } = new(0, []);

    public bool IsModerator { get; private set; }

    public bool IsEditor { get; private set; }

    public bool English => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Results = await results.ComputeAsync(Survey, English, allTexts: IsModerator, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostReleaseAsync(int id, long answerId, CancellationToken cancellationToken) =>
        ReviewAsync(id, answerId, FreeTextState.Released, cancellationToken);

    public Task<IActionResult> OnPostHideAsync(int id, long answerId, CancellationToken cancellationToken) =>
        ReviewAsync(id, answerId, FreeTextState.Hidden, cancellationToken);

    private async Task<IActionResult> ReviewAsync(int id, long answerId, FreeTextState state, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!IsModerator)
        {
            return Forbid();
        }

        var answer = await db.Set<SurveyAnswer>().SingleOrDefaultAsync(a => a.Id == answerId && a.SurveyId == id && a.TextValue != null, cancellationToken);
        if (answer is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        answer.TextState = state;
        answer.TextReviewedAt = now;
        answer.TextReviewedBy = ParticipationAccess.AccountId(User);
        db.Add(new ModerationLogEntry
        {
            At = now,
            ModeratorId = answer.TextReviewedBy,
            Action = state == FreeTextState.Released ? "approve" : "hide",
            ContentKind = "surveytext",
            ContentId = answer.Id,
            AreaId = Survey.AreaId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/participation/surveys/{id}/results#question-{answer.QuestionId}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var survey = await catalog.VisibleAsync(id, User, cancellationToken);
        if (survey is null)
        {
            return NotFound();
        }

        Survey = survey;
        IsModerator = await access.IsModeratorAsync(User, survey.AreaId, cancellationToken);
        IsEditor = await access.IsEditorAsync(User, survey.AreaId, cancellationToken);
        if (!await catalog.MayReadResultsAsync(User, survey, cancellationToken))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        return null;
    }
}

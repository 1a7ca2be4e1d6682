using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

public sealed class SectionInput
{
    public string? TitleDe { get; set; }

    public string? TitleEn { get; set; }

    public string? IntroDe { get; set; }

    public string? IntroEn { get; set; }
}

/// <summary>
/// The builder: settings, sections and questions with their options and conditions. Only the area's editors
/// may use it; once a survey has responses its questions are fixed and only the settings can change.
/// </summary>
[Authorize]
public sealed class SurveyEditModel(
    SmartRegionDb db, SurveyCatalog catalog, SurveyBuilder builder, RegionDirectory directory, ParticipationAccess access,
    TimeProvider clock, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public SurveySettingsInput Settings { get; set; } = new();

    [BindProperty]
    public QuestionInput Question { get; set; } = new();

    [BindProperty]
    public SectionInput Section { get; set; } = new();

    public Survey Survey { get; private set; } = default!;

    public bool HasResponses { get; private set; }

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<ProcessChoice> Processes { get; private set; } = [];

    /// <summary>The question form that was sent and failed, shown again with what was typed.</summary>
    public string? FailedForm { get; private set; }

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Settings = SurveySettingsInput.From(Survey);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        TryValidateModel(Settings, nameof(Settings));
        if (Settings.AreaId is { } areaId && areaId != Survey.AreaId && !await access.IsEditorAsync(User, areaId, cancellationToken))
        {
            return Forbid();
        }

        await SettingsRules.CheckAsync(Settings, ModelState, db, directory, texts, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var survey = await db.Set<Survey>().SingleAsync(s => s.Id == id, cancellationToken);
        Settings.ApplyTo(survey);
        survey.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return BackToBuilder(id);
    }

    public Task<IActionResult> OnPostAddSectionAsync(int id, CancellationToken cancellationToken) =>
        StructureAsync(id, "section-new", async () =>
        {
            if (string.IsNullOrWhiteSpace(Section.TitleDe))
            {
                ModelState.AddModelError("section-new-TitleDe", texts["Surveys.Builder.TextRequired"]);
                return false;
            }

            await builder.AddSectionAsync(Survey, Section.TitleDe, Section.TitleEn, cancellationToken);
            return true;
        });

    public Task<IActionResult> OnPostSaveSectionAsync(int id, int sectionId, CancellationToken cancellationToken) =>
        StructureAsync(id, $"section-{sectionId}", async () =>
        {
            var section = await db.Set<SurveySection>().SingleOrDefaultAsync(s => s.Id == sectionId && s.SurveyId == id, cancellationToken);
            if (section is null || string.IsNullOrWhiteSpace(Section.TitleDe))
            {
                ModelState.AddModelError($"section-{sectionId}-TitleDe", texts["Surveys.Builder.TextRequired"]);
                return false;
            }

            section.TitleDe = Section.TitleDe.Trim();
            section.TitleEn = string.IsNullOrWhiteSpace(Section.TitleEn) ? null : Section.TitleEn.Trim();
            section.IntroDe = string.IsNullOrWhiteSpace(Section.IntroDe) ? null : Section.IntroDe.Trim();
            section.IntroEn = string.IsNullOrWhiteSpace(Section.IntroEn) ? null : Section.IntroEn.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });

    public Task<IActionResult> OnPostRemoveSectionAsync(int id, int sectionId, CancellationToken cancellationToken) =>
        StructureAsync(id, null, async () =>
        {
            await builder.RemoveSectionAsync(id, sectionId, cancellationToken);
            return true;
        });

    public Task<IActionResult> OnPostMoveSectionAsync(int id, int sectionId, int direction, CancellationToken cancellationToken) =>
        StructureAsync(id, null, async () =>
        {
            await builder.MoveSectionAsync(id, sectionId, direction, cancellationToken);
            return true;
        });

    public Task<IActionResult> OnPostSaveQuestionAsync(int id, int sectionId, int? questionId, CancellationToken cancellationToken) =>
        StructureAsync(id, questionId is { } q ? $"question-{q}" : $"new-{sectionId}", async () =>
        {
            var prefix = questionId is { } existing ? $"question-{existing}" : $"new-{sectionId}";
            if (Survey.Sections.All(s => s.Id != sectionId) || (questionId is not null && Survey.Questions.All(q => q.Id != questionId)))
            {
                ModelState.AddModelError(string.Empty, texts["Surveys.Builder.NotFound"]);
                return false;
            }

            var errors = SurveyBuilder.Check(Question, Survey, questionId, sectionId);
            foreach (var (member, textKey) in errors)
            {
                ModelState.AddModelError($"{prefix}-{member}", texts[textKey]);
            }

            if (errors.Count > 0)
            {
                return false;
            }

            await builder.SaveQuestionAsync(Survey, sectionId, questionId, Question, cancellationToken);
            return true;
        });

    public Task<IActionResult> OnPostRemoveQuestionAsync(int id, int questionId, CancellationToken cancellationToken) =>
        StructureAsync(id, null, async () =>
        {
            await builder.RemoveQuestionAsync(id, questionId, cancellationToken);
            return true;
        });

    public Task<IActionResult> OnPostMoveQuestionAsync(int id, int questionId, int direction, CancellationToken cancellationToken) =>
        StructureAsync(id, null, async () =>
        {
            await builder.MoveQuestionAsync(id, questionId, direction, cancellationToken);
            return true;
        });

    /// <summary>Runs a change of the structure, refused once the survey has responses.</summary>
    private async Task<IActionResult> StructureAsync(int id, string? form, Func<Task<bool>> change)
    {
        if (await LoadAsync(id, HttpContext.RequestAborted) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        Settings = SurveySettingsInput.From(Survey);
        if (HasResponses)
        {
            ModelState.AddModelError(string.Empty, texts["Surveys.Builder.HasResponses"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!await change())
        {
            FailedForm = form;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await db.Set<Survey>().Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, clock.GetUtcNow().UtcDateTime), HttpContext.RequestAborted);
        return BackToBuilder(id, form);
    }

    private RedirectResult BackToBuilder(int id, string? anchor = null) => Redirect($"/participation/surveys/{id}/edit?saved=true" + (anchor is null ? "" : "#" + anchor));

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
        HasResponses = await catalog.HasResponsesAsync(id, cancellationToken);
        Areas = await directory.ChoicesAsync(cancellationToken);
        Processes = await db.Set<Process>().AsNoTracking().OrderBy(p => p.TitleDe).Select(p => new ProcessChoice(p.Id, p.AreaId, p.TitleDe)).ToListAsync(cancellationToken);
        return null;
    }
}

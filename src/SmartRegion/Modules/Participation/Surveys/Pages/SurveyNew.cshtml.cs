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

public sealed record ProcessChoice(int Id, int AreaId, string Title);

public sealed record SurveySettingsFormView(SurveySettingsInput Settings, List<AreaChoice> Areas, List<ProcessChoice> Processes);

/// <summary>Starts a survey; only an editor of the chosen area may, and it begins as an unpublished draft.</summary>
[Authorize]
public sealed class SurveyNewModel(SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, TimeProvider clock, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public SurveySettingsInput Settings { get; set; } = new();

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<ProcessChoice> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = SurveyTimes.ToBerlin(clock.GetUtcNow().UtcDateTime).Date;
        Settings = new SurveySettingsInput { OpensAt = today, ClosesAt = today.AddDays(28) };
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Settings.AreaId is { } areaId && !await access.IsEditorAsync(User, areaId, cancellationToken))
        {
            return Forbid();
        }

        await SettingsRules.CheckAsync(Settings, ModelState, db, directory, texts, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new Survey { CreatedAt = now, UpdatedAt = now, CreatedBy = ParticipationAccess.AccountId(User) };
        Settings.ApplyTo(survey);
        db.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/participation/surveys/{survey.Id}/edit");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Areas = await directory.ChoicesAsync(cancellationToken);
        Processes = await db.Set<Process>().AsNoTracking().OrderBy(p => p.TitleDe).Select(p => new ProcessChoice(p.Id, p.AreaId, p.TitleDe)).ToListAsync(cancellationToken);
    }
}

/// <summary>Checks shared by creating and editing a survey's settings.</summary>
internal static class SettingsRules
{
    public static async Task CheckAsync(
        SurveySettingsInput settings, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, SmartRegionDb db, RegionDirectory directory,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (settings.OpensAt is { } opens && settings.ClosesAt is { } closes && closes <= opens)
        {
            modelState.AddModelError("Settings.ClosesAt", texts["Surveys.Builder.ClosesBeforeOpens"]);
        }

        if (settings.ProcessId is { } processId && settings.AreaId is { } areaId)
        {
            var processArea = await db.Set<Process>().Where(p => p.Id == processId).Select(p => (int?)p.AreaId).SingleOrDefaultAsync(cancellationToken);
            if (processArea is null || !await directory.IsWithinAsync(areaId, processArea.Value, cancellationToken))
            {
                modelState.AddModelError("Settings.ProcessId", texts["Surveys.Builder.ProcessOtherArea"]);
            }
        }
    }
}

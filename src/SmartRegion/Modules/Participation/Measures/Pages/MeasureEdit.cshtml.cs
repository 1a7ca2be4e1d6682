using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Measures.Pages;

/// <summary>
/// Editors create a measure (<c>/participation/measures/new</c>, routed here by <see cref="MeasuresModule"/>)
/// or change its details. An editor limited to an area may choose that area and the areas below it.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class MeasureEditModel(MeasureRegister register, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public MeasureInput Input { get; set; } = new();

    public int? MeasureId { get; private set; }

    public List<AreaChoice> Areas { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } measureId)
        {
            var measure = await register.FindAsync(measureId, cancellationToken);
            if (measure is null)
            {
                return NotFound();
            }

            if (!await access.IsEditorAsync(User, measure.AreaId, cancellationToken))
            {
                return Forbid();
            }

            Input = MeasureInput.From(measure);
            MeasureId = measureId;
        }
        else if (!MeasureEditors.IsEditorSomewhere(User))
        {
            return Forbid();
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Measure? measure = null;
        if (id is { } measureId)
        {
            measure = await register.FindAsync(measureId, cancellationToken);
            if (measure is null)
            {
                return NotFound();
            }

            if (!await access.IsEditorAsync(User, measure.AreaId, cancellationToken))
            {
                return Forbid();
            }

            MeasureId = measureId;
        }
        else if (!MeasureEditors.IsEditorSomewhere(User))
        {
            return Forbid();
        }

        ReplaceBudgetParseError();
        foreach (var (property, message) in await register.ReferenceErrorsAsync(Input, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{property}", message);
        }

        if (Input.AreaId is { } areaId && ModelState.IsValid && !await access.IsEditorAsync(User, areaId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MeasureInput.AreaId)}", texts["Measures.Validation.NotYourArea"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        if (measure is null)
        {
            measure = await register.CreateAsync(Input, ParticipationAccess.AccountId(User), cancellationToken);
        }
        else
        {
            await register.UpdateAsync(measure, Input, cancellationToken);
        }

        return Redirect($"{MeasureRegister.LinkTo(measure.Id)}?saved=details");
    }

    /// <summary>"25.000,50" reads in German, "25,000.50" in English; anything else gets a message people understand.</summary>
    private void ReplaceBudgetParseError()
    {
        var key = $"{nameof(Input)}.{nameof(MeasureInput.BudgetEuro)}";
        if (ModelState[key] is { Errors.Count: > 0 } state && Input.BudgetEuro is null && !string.IsNullOrWhiteSpace(state.AttemptedValue))
        {
            state.Errors.Clear();
            ModelState.AddModelError(key, texts["Measures.Validation.Budget"]);
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Fields = await directory.FieldsAsync(cancellationToken);
        var all = await directory.ChoicesAsync(cancellationToken);
        if (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Editor))
        {
            Areas = all;
            return;
        }

        var scopes = User.FindAll(PlatformClaims.ScopedRole)
            .Select(c => c.Value.Split('@'))
            .Where(parts => parts.Length == 2 && parts[0] == Roles.Editor)
            .Select(parts => $"/{parts[1]}/")
            .ToList();
        Areas = [.. all.Where(area => scopes.Any(scope => area.Path.Contains(scope, StringComparison.Ordinal)))];
    }
}

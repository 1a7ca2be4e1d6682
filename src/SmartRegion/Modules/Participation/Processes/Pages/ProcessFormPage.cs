using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Processes.Pages;

/// <summary>What the create and edit pages share: the form's input, its choices and the checks before a save.</summary>
public abstract class ProcessFormPage(SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public ProcessInput Input { get; set; } = new();

    public IReadOnlyList<AreaChoice> Areas { get; private set; } = [];

    public IReadOnlyList<FieldInfo> Fields { get; private set; } = [];

    protected SmartRegionDb Db => db;

    protected IStringLocalizer<SharedTexts> Texts => texts;

    protected ParticipationAccess Access => access;

    /// <summary>Loads the choices; false when the person edits no area at all.</summary>
    protected async Task<bool> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Areas = await ProcessQueries.EditableAreasAsync(User, directory, cancellationToken);
        Fields = await directory.FieldsAsync(cancellationToken);
        return Areas.Count > 0;
    }

    /// <summary>
    /// Adds every rule's message next to its field. A missing area is a form error; an area the person does not
    /// edit is a refusal, since the form never offers it.
    /// </summary>
    protected async Task<IActionResult?> CheckAsync(CancellationToken cancellationToken)
    {
        if (Input.AreaId is not { } areaId)
        {
            ModelState.AddModelError("Input.AreaId", texts["Validation.Required", texts["Processes.Field.Area"]]);
        }
        else if (!await access.IsEditorAsync(User, areaId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        foreach (var error in await ProcessRules.CheckProcessAsync(Input.ToDraft(), directory, texts, cancellationToken))
        {
            ModelState.AddModelError("Input." + error.Field, error.Message);
        }

        return null;
    }
}

public sealed class ProcessInput
{
    public int? AreaId { get; set; }

    public string? FieldKey { get; set; }

    public string? TitleDe { get; set; }

    public string? TitleEn { get; set; }

    public string? SummaryDe { get; set; }

    public string? SummaryEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public bool AllowsAnonymous { get; set; }

    public bool IsPublished { get; set; }

    public ProcessDraft ToDraft() => new(FieldKey, TitleDe, TitleEn, SummaryDe, SummaryEn, DescriptionDe, DescriptionEn, AllowsAnonymous, IsPublished);

    public static ProcessInput From(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new()
        {
            AreaId = process.AreaId,
            FieldKey = process.FieldKey,
            TitleDe = process.TitleDe,
            TitleEn = process.TitleEn,
            SummaryDe = process.SummaryDe,
            SummaryEn = process.SummaryEn,
            DescriptionDe = process.DescriptionDe,
            DescriptionEn = process.DescriptionEn,
            AllowsAnonymous = process.AllowsAnonymous,
            IsPublished = process.IsPublished,
        };
    }
}

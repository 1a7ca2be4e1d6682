using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>
/// What the pages that create and change a hackathon share: the form's input and choices (<c>_HackathonFields</c>) and
/// the check by <see cref="HackathonRules"/>, so a change meets exactly the rules of creating.
/// </summary>
public abstract class HackathonFormPage(HackathonEditing editing, RegionDirectory directory, ProjectsAccess access, IStringLocalizer<SharedTexts> texts) : PageModel
{
    [BindProperty]
    public HackathonInput Input { get; set; } = new() { TeamSizeMin = 2, TeamSizeMax = 5 };

    /// <summary>Only the areas the person edits; an area chosen outside them counts as not chosen.</summary>
    public List<AreaChoice> Areas { get; private set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    protected HackathonEditing Editing => editing;

    protected RegionDirectory Directory => directory;

    protected ProjectsAccess Access => access;

    protected IStringLocalizer<SharedTexts> Texts => texts;

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Fields = await directory.FieldsAsync(cancellationToken);
        Areas.Clear();
        foreach (var area in await directory.ChoicesAsync(cancellationToken))
        {
            if (await access.IsEditorAsync(User, area.Id, cancellationToken))
            {
                Areas.Add(area);
            }
        }
    }

    /// <summary>Checks the posted input (after <see cref="LoadChoicesAsync"/>); the schedule when every rule holds, else null with the errors in the model state.</summary>
    protected async Task<HackathonSchedule?> CheckAsync(CancellationToken cancellationToken)
    {
        var area = Areas.SingleOrDefault(a => a.Slug == Input.Area);
        var problems = HackathonRules.Check(Input, area?.Id, await editing.KnownFieldsAsync(cancellationToken), texts, out var schedule);
        AddErrors(problems);
        return ModelState.IsValid ? schedule : null;
    }

    protected void AddErrors(IEnumerable<(string Field, string Message)> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons.Pages;

/// <summary>
/// An editor of the hackathon's area changes it by the rules of creating it, or deletes it while nobody has taken
/// part yet: registrations, teams and results are never thrown away with it.
/// </summary>
[Authorize]
public sealed class EditModel(HackathonCatalog catalog, HackathonEditing editing, RegionDirectory directory, ProjectsAccess access, IStringLocalizer<SharedTexts> texts)
    : HackathonFormPage(editing, directory, access, texts)
{
    public Hackathon Hackathon { get; private set; } = new();

    /// <summary>People registered, formed teams or handed in results: the hackathon can be changed, not deleted.</summary>
    public bool HasParticipants { get; private set; }

    /// <summary>Set by the delete form: the editor ticked that the hackathon is to go for good.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var slug = Areas.SingleOrDefault(a => a.Id == Hackathon.AreaId)?.Slug;
        Input = HackathonInput.From(Hackathon, slug);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await CheckAsync(cancellationToken) is not { } schedule)
        {
            return Page();
        }

        AddErrors(await Editing.UpdateAsync(Hackathon, Input, schedule, cancellationToken));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData[nameof(DetailModel.Notice)] = "Hackathons.Edit.Saved";
        return Redirect($"/hackathons/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Only the confirmation is posted with this form; the hackathon's fields are shown as stored.
        ModelState.Clear();
        Input = HackathonInput.From(Hackathon, Areas.SingleOrDefault(a => a.Id == Hackathon.AreaId)?.Slug);
        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), Texts["Hackathons.Delete.ConfirmRequired"]);
            return Page();
        }

        if (!await Editing.DeleteAsync(Hackathon, cancellationToken))
        {
            HasParticipants = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData[nameof(IndexModel.Notice)] = "Hackathons.Delete.Done";
        return Redirect("/hackathons");
    }

    private async Task<IActionResult?> RefusalAsync(int id, CancellationToken cancellationToken)
    {
        var hackathon = await catalog.FindAsync(id, cancellationToken);
        if (hackathon is null)
        {
            return NotFound();
        }

        Hackathon = hackathon;
        if (!await Access.IsEditorAsync(User, hackathon.AreaId, cancellationToken))
        {
            return Forbid();
        }

        await LoadChoicesAsync(cancellationToken);
        HasParticipants = await Editing.HasParticipantsAsync(id, cancellationToken);
        return null;
    }
}

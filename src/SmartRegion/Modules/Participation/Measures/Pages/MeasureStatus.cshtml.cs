using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Measures.Pages;

/// <summary>Editors add a step to the timeline; the explanation is required, because residents read it.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class MeasureStatusModel(MeasureRegister register, ParticipationAccess access) : PageModel
{
    [BindProperty]
    public StatusChangeInput Input { get; set; } = new();

    public Measure Measure { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input.Status = Measure.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await register.ChangeStatusAsync(Measure, Input, ParticipationAccess.AccountId(User), cancellationToken);
        return Redirect($"{MeasureRegister.LinkTo(id)}?saved=status");
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

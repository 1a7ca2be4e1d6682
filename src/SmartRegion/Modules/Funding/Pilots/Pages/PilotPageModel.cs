using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Applications;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>
/// What the pages of one pilot share: loading it with the person's <see cref="PilotRole"/>, the refusal when
/// the role does not allow the page (sign-in for visitors, 403 for everybody else: the pilot itself is public)
/// and showing a desk's errors next to the form fields.
/// </summary>
public abstract class PilotPageModel(PilotCatalog catalog) : PageModel
{
    /// <summary>Today in Berlin, for what is due and what is overdue.</summary>
    public DateOnly Today => catalog.Today;

    protected PilotCatalog Catalog => catalog;

    public FundingPilot Pilot { get; private set; } = default!;

    public PilotRole Role { get; private set; } = PilotRole.Public;

    /// <summary>A refusal that belongs to no field (e.g. "this report is already submitted").</summary>
    public string? Refusal { get; protected set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Null when the person may go on; otherwise the answer to give.</summary>
    protected async Task<IActionResult?> LoadAsync(int id, Func<PilotRole, bool> allowed, CancellationToken cancellationToken)
    {
        var pilot = await catalog.FindAsync(id, cancellationToken);
        if (pilot is null)
        {
            return NotFound();
        }

        Pilot = pilot;
        Role = await catalog.RoleAsync(User, pilot, cancellationToken);
        if (allowed(Role))
        {
            return null;
        }

        return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
    }

    /// <param name="formKey">The form field that shows the error the desk gave under a key.</param>
    protected void AddErrors(DeskOutcome outcome, Func<string, string> formKey)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(formKey);
        if (outcome.Message is not null)
        {
            Refusal = outcome.Message;
        }

        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(formKey(key), message);
        }
    }

    protected RedirectResult DoneAt(string path, string done) => Redirect($"{path}?done={done}");
}

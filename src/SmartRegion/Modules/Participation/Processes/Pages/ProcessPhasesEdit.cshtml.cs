using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Processes.Pages;

/// <summary>
/// The area's editors set the phases of a process in one form: change or remove the existing ones and add
/// one more in the empty block at the end. Dates are Berlin wall-clock time; the order follows the dates.
/// </summary>
[Authorize]
public sealed partial class ProcessPhasesEditModel(SmartRegionDb db, ParticipationAccess access, IStringLocalizer<SharedTexts> texts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public List<PhaseInput> Phases { get; set; } = [];

    public Process? Process { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Phases = [.. Process!.Phases.Select(PhaseInput.From), new PhaseInput()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var kept = new List<(int FormIndex, PhaseDraft Draft)>();
        for (var i = 0; i < Phases.Count; i++)
        {
            var input = Phases[i];
            if (input.Remove || (input.Id is null && input.IsEmpty))
            {
                continue;
            }

            kept.Add((i, input.ToDraft(ReadTime(i, nameof(PhaseInput.StartsAt), input.StartsAt), ReadTime(i, nameof(PhaseInput.EndsAt), input.EndsAt))));
        }

        foreach (var error in ProcessRules.CheckPhases([.. kept.Select(k => k.Draft)], texts))
        {
            // The rules number the phases they were given; the form numbers every block it shows.
            var field = PhaseIndex().Replace(error.Field, m => $"Phases[{kept[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].FormIndex}]", 1);
            ModelState.AddModelError(field, error.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        ProcessRules.ReplacePhases(Process!, [.. kept.Select(k => k.Draft)]);
        Process!.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/participation/processes/{Process.Slug}?saved=true");
    }

    private DateTime? ReadTime(int index, string property, string? value)
    {
        var key = $"Phases[{index}].{property}";
        var label = texts[property == nameof(PhaseInput.StartsAt) ? "Processes.Phase.StartsAt" : "Processes.Phase.EndsAt"];
        switch (BerlinTime.TryParseLocal(value, out var utc))
        {
            case BerlinTime.Refusal.None:
                return utc;
            case BerlinTime.Refusal.DoesNotExist:
                ModelState.AddModelError(key, texts["Processes.TimeDoesNotExist", label]);
                return null;
            default:
                ModelState.AddModelError(key, string.IsNullOrWhiteSpace(value) ? texts["Validation.Required", label] : texts["Processes.TimeUnreadable", label]);
                return null;
        }
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Process = await ProcessQueries.BySlugAsync(db, slug, tracked: true, cancellationToken);
        if (Process is null)
        {
            return NotFound();
        }

        return await access.IsEditorAsync(User, Process.AreaId, cancellationToken) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    [GeneratedRegex(@"^Phases\[(\d+)\]")]
    private static partial Regex PhaseIndex();
}

public sealed class PhaseInput
{
    public int? Id { get; set; }

    public PhaseKind Kind { get; set; } = PhaseKind.Information;

    public string? TitleDe { get; set; }

    public string? TitleEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>Berlin wall-clock time as a <c>datetime-local</c> field sends it.</summary>
    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public bool SurveysOpen { get; set; }

    public bool IdeasOpen { get; set; }

    public bool CommentsOpen { get; set; }

    public bool SupportsOpen { get; set; }

    public bool Remove { get; set; }

    /// <summary>The empty block for a new phase, left as it was.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(TitleDe) && string.IsNullOrWhiteSpace(TitleEn) && string.IsNullOrWhiteSpace(StartsAt)
        && string.IsNullOrWhiteSpace(EndsAt) && string.IsNullOrWhiteSpace(DescriptionDe) && string.IsNullOrWhiteSpace(DescriptionEn);

    public PhaseDraft ToDraft(DateTime? startsAt, DateTime? endsAt) =>
        new(Id, Kind, TitleDe, TitleEn, DescriptionDe, DescriptionEn, startsAt, endsAt, SurveysOpen, IdeasOpen, CommentsOpen, SupportsOpen);

    public static PhaseInput From(Phase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return new()
        {
            Id = phase.Id,
            Kind = phase.Kind,
            TitleDe = phase.TitleDe,
            TitleEn = phase.TitleEn,
            DescriptionDe = phase.DescriptionDe,
            DescriptionEn = phase.DescriptionEn,
            StartsAt = BerlinTime.ToInput(phase.StartsAt),
            EndsAt = BerlinTime.ToInput(phase.EndsAt),
            SurveysOpen = phase.SurveysOpen,
            IdeasOpen = phase.IdeasOpen,
            CommentsOpen = phase.CommentsOpen,
            SupportsOpen = phase.SupportsOpen,
        };
    }
}

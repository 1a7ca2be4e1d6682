using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Processes;

/// <summary>What an editor entered for a process, from the form or from the API.</summary>
public sealed record ProcessDraft(
    string? FieldKey, string? TitleDe, string? TitleEn, string? SummaryDe, string? SummaryEn,
    string? DescriptionDe, string? DescriptionEn, bool AllowsAnonymous, bool IsPublished);

/// <summary>One phase as entered, times already in UTC (null where the entry was missing or unreadable).</summary>
public sealed record PhaseDraft(
    int? Id, PhaseKind Kind, string? TitleDe, string? TitleEn, string? DescriptionDe, string? DescriptionEn,
    DateTime? StartsAt, DateTime? EndsAt, bool SurveysOpen, bool IdeasOpen, bool CommentsOpen, bool SupportsOpen);

/// <summary>A message for one field; <see cref="Field"/> is the property path (<c>TitleDe</c>, <c>Phases[1].EndsAt</c>).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// The rules for processes and phases, shared by the pages and the API so both refuse the same things with
/// the same messages, and the code that writes an accepted draft into the entities.
/// </summary>
public static class ProcessRules
{
    public const int TitleMax = 200;
    public const int SummaryMax = 600;
    public const int DescriptionMax = 8000;
    public const int PhaseTitleMax = 120;
    public const int PhaseDescriptionMax = 2000;

    public static async Task<List<FieldError>> CheckProcessAsync(
        ProcessDraft draft, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(directory);
        var errors = new List<FieldError>();
        Text(errors, texts, "TitleDe", "Processes.Field.TitleDe", draft.TitleDe, TitleMax, required: true);
        Text(errors, texts, "TitleEn", "Processes.Field.TitleEn", draft.TitleEn, TitleMax, required: false);
        Text(errors, texts, "SummaryDe", "Processes.Field.SummaryDe", draft.SummaryDe, SummaryMax, required: true);
        Text(errors, texts, "SummaryEn", "Processes.Field.SummaryEn", draft.SummaryEn, SummaryMax, required: false);
        Text(errors, texts, "DescriptionDe", "Processes.Field.DescriptionDe", draft.DescriptionDe, DescriptionMax, required: false);
        Text(errors, texts, "DescriptionEn", "Processes.Field.DescriptionEn", draft.DescriptionEn, DescriptionMax, required: false);
        if (!string.IsNullOrWhiteSpace(draft.FieldKey)
            && !await directory.FieldExistsAsync(draft.FieldKey, cancellationToken))
        {
            errors.Add(new FieldError("FieldKey", texts["Processes.FieldUnknown"]));
        }

        return errors;
    }

    /// <summary>Every phase complete, each ending after it starts, and no two overlapping (touching is fine).</summary>
    public static List<FieldError> CheckPhases(IReadOnlyList<PhaseDraft> phases, IStringLocalizer<SharedTexts> texts)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var errors = new List<FieldError>();
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            var prefix = $"Phases[{i}].";
            if (!Enum.IsDefined(phase.Kind))
            {
                errors.Add(new FieldError(prefix + "Kind", texts["Processes.PhaseKindUnknown"]));
            }

            Text(errors, texts, prefix + "TitleDe", "Processes.Phase.TitleDe", phase.TitleDe, PhaseTitleMax, required: true);
            Text(errors, texts, prefix + "TitleEn", "Processes.Phase.TitleEn", phase.TitleEn, PhaseTitleMax, required: false);
            Text(errors, texts, prefix + "DescriptionDe", "Processes.Phase.DescriptionDe", phase.DescriptionDe, PhaseDescriptionMax, required: false);
            Text(errors, texts, prefix + "DescriptionEn", "Processes.Phase.DescriptionEn", phase.DescriptionEn, PhaseDescriptionMax, required: false);
            if (phase.StartsAt is { } start && phase.EndsAt is { } end && end <= start)
            {
                errors.Add(new FieldError(prefix + "EndsAt", texts["Processes.EndBeforeStart"]));
            }
        }

        var dated = phases.Select((phase, index) => (phase, index))
            .Where(p => p.phase.StartsAt is not null && p.phase.EndsAt > p.phase.StartsAt)
            .OrderBy(p => p.phase.StartsAt).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            var (earlier, earlierIndex) = dated[i - 1];
            var (later, laterIndex) = dated[i];
            if (later.StartsAt < earlier.EndsAt)
            {
                var other = string.IsNullOrWhiteSpace(earlier.TitleDe) ? (earlierIndex + 1).ToString(CultureInfo.CurrentCulture) : earlier.TitleDe.Trim();
                errors.Add(new FieldError($"Phases[{laterIndex}].StartsAt", texts["Processes.Overlap", other]));
            }
        }

        return errors;
    }

    public static void Apply(Process process, ProcessDraft draft)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(draft);
        process.FieldKey = Clean(draft.FieldKey);
        process.TitleDe = draft.TitleDe?.Trim() ?? "";
        process.TitleEn = Clean(draft.TitleEn);
        process.SummaryDe = draft.SummaryDe?.Trim() ?? "";
        process.SummaryEn = Clean(draft.SummaryEn);
        process.DescriptionDe = Clean(draft.DescriptionDe);
        process.DescriptionEn = Clean(draft.DescriptionEn);
        process.AllowsAnonymous = draft.AllowsAnonymous;
        process.IsPublished = draft.IsPublished;
    }

    /// <summary>
    /// Makes the process's phases the given ones: phases named by id are updated, the others removed, phases
    /// without id added. The order follows the dates, since phases never overlap.
    /// </summary>
    public static void ReplacePhases(Process process, IReadOnlyList<PhaseDraft> phases)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(phases);
        var kept = phases.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        process.Phases.RemoveAll(p => !kept.Contains(p.Id));
        foreach (var draft in phases)
        {
            var phase = draft.Id is { } id ? process.Phases.Find(p => p.Id == id) : null;
            if (phase is null)
            {
                phase = new Phase();
                process.Phases.Add(phase);
            }

            phase.Kind = draft.Kind;
            phase.TitleDe = draft.TitleDe?.Trim() ?? "";
            phase.TitleEn = Clean(draft.TitleEn);
            phase.DescriptionDe = Clean(draft.DescriptionDe);
            phase.DescriptionEn = Clean(draft.DescriptionEn);
            phase.StartsAt = DateTime.SpecifyKind(draft.StartsAt!.Value, DateTimeKind.Utc);
            phase.EndsAt = DateTime.SpecifyKind(draft.EndsAt!.Value, DateTimeKind.Utc);
            phase.SurveysOpen = draft.SurveysOpen;
            phase.IdeasOpen = draft.IdeasOpen;
            phase.CommentsOpen = draft.CommentsOpen;
            phase.SupportsOpen = draft.SupportsOpen;
        }

        var order = 0;
        foreach (var phase in process.Phases.OrderBy(p => p.StartsAt))
        {
            phase.SortOrder = order++;
        }
    }

    /// <summary>A readable, unused address from the German title: "Gaarden gestalten 2026" becomes <c>gaarden-gestalten-2026</c>.</summary>
    public static async Task<string> NewSlugAsync(SmartRegionDb db, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(title);
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            var replacement = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            };
            if (replacement != "-" || (slug.Length > 0 && slug[^1] != '-'))
            {
                slug.Append(replacement);
            }
        }

        var stem = slug.ToString().Trim('-');
        stem = stem.Length == 0 ? "verfahren" : stem[..Math.Min(stem.Length, 60)].Trim('-');
        var candidate = stem;
        for (var n = 2; await db.Set<Process>().AnyAsync(p => p.Slug == candidate, cancellationToken); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    private static void Text(List<FieldError> errors, IStringLocalizer<SharedTexts> texts, string field, string labelKey, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new FieldError(field, texts["Validation.Required", texts[labelKey]]));
            }
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(new FieldError(field, texts["Validation.MaxLength", texts[labelKey], max]));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

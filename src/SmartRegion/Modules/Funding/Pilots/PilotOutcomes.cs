using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// What a pilot shows it achieved: Datastreams of the platform as its KPIs (they must exist, see
/// <see cref="DatastreamDirectory"/>) and a statement per field of the strategy. Callers check that the person
/// may report for the pilot.
/// </summary>
public sealed class PilotOutcomes(SmartRegionDb db, DatastreamDirectory datastreams, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public const int MaxKpis = 20;

    public async Task<DeskOutcome> AddKpiAsync(FundingPilot pilot, string? datastreamId, string? label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        var errors = new Dictionary<string, string>();
        var name = label?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["Label"] = texts["Validation.Required", texts["Funding.Kpi.Label"]];
        }
        else if (name.Length > PilotsModel.LabelLength)
        {
            errors["Label"] = texts["Validation.MaxLength", texts["Funding.Kpi.Label"], PilotsModel.LabelLength];
        }

        long id = 0;
        if (string.IsNullOrWhiteSpace(datastreamId))
        {
            errors["DatastreamId"] = texts["Validation.Required", texts["Funding.Kpi.DatastreamId"]];
        }
        else if (!long.TryParse(datastreamId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) || await datastreams.FindAsync(id, cancellationToken) is null)
        {
            errors["DatastreamId"] = texts["Funding.Kpi.NoSuchDatastream", datastreamId.Trim()];
        }
        else
        {
            var linked = db.Set<PilotKpi>().Where(k => k.PilotId == pilot.Id);
            if (await linked.AnyAsync(k => k.DatastreamId == id, cancellationToken))
            {
                errors["DatastreamId"] = texts["Funding.Kpi.AlreadyLinked"];
            }
            else if (await linked.CountAsync(cancellationToken) >= MaxKpis)
            {
                errors["DatastreamId"] = texts["Funding.Kpi.TooMany", MaxKpis];
            }
        }

        if (errors.Count > 0)
        {
            return DeskOutcome.Invalid(errors);
        }

        db.Add(new PilotKpi { PilotId = pilot.Id, DatastreamId = id, Label = name });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Linked by a parallel request a moment earlier; the unique index kept the second row out.
            db.ChangeTracker.Clear();
        }

        return DeskOutcome.Done;
    }

    public async Task RemoveKpiAsync(FundingPilot pilot, int kpiId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        await db.Set<PilotKpi>().Where(k => k.PilotId == pilot.Id && k.Id == kpiId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the pilot's results: one text per field key of the strategy; an empty text takes the field's
    /// result away. Errors are keyed by the field key.
    /// </summary>
    public async Task<DeskOutcome> SaveResultsAsync(FundingPilot pilot, IReadOnlyDictionary<string, string?> byField, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(byField);
        var fields = await directory.FieldsAsync(cancellationToken);
        var errors = new Dictionary<string, string>();
        foreach (var key in byField.Keys.Where(key => !fields.Any(f => f.Key == key)))
        {
            errors[key] = texts["Funding.Result.UnknownField", key];
        }

        var english = LocalizationSetup.IsEnglish;
        foreach (var field in fields.Where(f => byField.GetValueOrDefault(f.Key)?.Trim().Length > PilotsModel.ResultLength))
        {
            errors[field.Key] = texts["Validation.MaxLength", texts["Funding.Result.For", field.Name(english)], PilotsModel.ResultLength];
        }

        if (errors.Count > 0)
        {
            return DeskOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.Set<PilotResult>().Where(r => r.PilotId == pilot.Id).ToDictionaryAsync(r => r.FieldKey, StringComparer.Ordinal, cancellationToken);
        foreach (var field in fields)
        {
            var text = byField.GetValueOrDefault(field.Key)?.Trim() ?? "";
            var result = stored.GetValueOrDefault(field.Key);
            if (text.Length == 0 && result is not null)
            {
                db.Remove(result);
            }
            else if (text.Length > 0 && result is null)
            {
                db.Add(new PilotResult { PilotId = pilot.Id, FieldKey = field.Key, Text = text, UpdatedAt = now });
            }
            else if (result is not null && result.Text != text)
            {
                result.Text = text;
                result.UpdatedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return DeskOutcome.Done;
    }
}

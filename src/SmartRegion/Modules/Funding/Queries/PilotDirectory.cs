using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding.Queries;

/// <summary>
/// The Funding module's public query service: the funded pilots with their fields, what they achieved per
/// field and the Datastreams they measure themselves by, for the portal to show beside the region's data.
/// Read-only; everything here is public.
/// </summary>
public sealed class PilotDirectory(SmartRegionDb db)
{
    public async Task<IReadOnlyList<PilotInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var pilots = await db.Set<FundingPilot>().AsNoTracking().OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.AreaId, p.Status, p.StartsOn, p.EndsOn, Fields = p.Fields.Select(f => f.FieldKey).ToList() })
            .ToListAsync(cancellationToken);
        var results = (await ResultsAsync(null, cancellationToken)).ToLookup(r => r.PilotId);
        var kpis = (await db.Set<PilotKpi>().AsNoTracking().OrderBy(k => k.Id).Select(k => new { k.PilotId, k.DatastreamId }).ToListAsync(cancellationToken))
            .ToLookup(k => k.PilotId, k => k.DatastreamId);
        return [.. pilots.Select(p => new PilotInfo(p.Id, p.Title, p.AreaId, p.Status.ToString(), p.StartsOn, p.EndsOn, p.Fields, [.. results[p.Id]], [.. kpis[p.Id]]))];
    }

    /// <summary>What the pilots achieved, of one field or of all, newest statement first.</summary>
    public async Task<IReadOnlyList<PilotResultInfo>> ResultsAsync(string? fieldKey, CancellationToken cancellationToken)
    {
        var results = db.Set<PilotResult>().AsNoTracking();
        if (!string.IsNullOrEmpty(fieldKey))
        {
            results = results.Where(r => r.FieldKey == fieldKey);
        }

        return await results.Join(db.Set<FundingPilot>(), r => r.PilotId, p => p.Id, (r, p) => new { r.PilotId, p.Title, r.FieldKey, r.Text, r.UpdatedAt })
            .OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.PilotId)
            .Select(r => new PilotResultInfo(r.PilotId, r.Title, r.FieldKey, r.Text))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A funded pilot as other modules see it; its page is <see cref="Url"/>. Status: Running, Completed or Stopped.</summary>
public sealed record PilotInfo(
    int Id, string Title, int AreaId, string Status, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> FieldKeys,
    IReadOnlyList<PilotResultInfo> Results, IReadOnlyList<long> KpiDatastreamIds)
{
    public string Url => $"/funding/pilots/{Id}";
}

/// <summary>What one pilot achieved for one innovation or action field (a key of the Region module's fields).</summary>
public sealed record PilotResultInfo(int PilotId, string PilotTitle, string FieldKey, string Text)
{
    public string PilotUrl => $"/funding/pilots/{PilotId}";
}

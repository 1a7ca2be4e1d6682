using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding.Calls;

/// <summary>Reads and changes calls for the pages and the API alike. Permission checks stay with the callers.</summary>
public sealed class CallCatalog(SmartRegionDb db, FundingAudit audit, TimeProvider clock)
{
    private const int MaxListed = 200;

    public static string LinkTo(int callId) => $"/funding/calls/{callId}";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<FundingCall?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<FundingCall>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>Published calls, the soonest closing first; drafts never reach the public.</summary>
    public Task<List<FundingCall>> PublishedAsync(CancellationToken cancellationToken) =>
        db.Set<FundingCall>().AsNoTracking().Where(c => c.Status == CallStatus.Published)
            .OrderBy(c => c.ClosesAt).ThenBy(c => c.Id).Take(MaxListed).ToListAsync(cancellationToken);

    /// <summary>Every call of the given areas, drafts included, for their editors.</summary>
    public Task<List<FundingCall>> OfAreasAsync(IReadOnlyCollection<int> areaIds, CancellationToken cancellationToken) =>
        db.Set<FundingCall>().AsNoTracking().Where(c => areaIds.Contains(c.AreaId))
            .OrderByDescending(c => c.UpdatedAt).Take(MaxListed).ToListAsync(cancellationToken);

    public async Task<FundingCall> CreateAsync(CallInput input, Guid? createdBy, CancellationToken cancellationToken)
    {
        var now = Now;
        var call = new FundingCall { Status = CallStatus.Draft, CreatedBy = createdBy, CreatedAt = now, UpdatedAt = now };
        CallRules.Apply(call, input);
        db.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(call.Id, null, "created", null, nameof(CallStatus.Draft), createdBy, null);
        await db.SaveChangesAsync(cancellationToken);
        return call;
    }

    public async Task UpdateAsync(FundingCall call, CallInput input, Guid? changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        CallRules.Apply(call, input);
        call.UpdatedAt = Now;
        audit.Record(call.Id, null, "edited", call.Status.ToString(), call.Status.ToString(), changedBy, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes a draft or takes a published call back to draft; the trail keeps both.</summary>
    public async Task SetStatusAsync(FundingCall call, CallStatus status, Guid? changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Status == status)
        {
            return;
        }

        audit.Record(call.Id, null, status == CallStatus.Published ? "published" : "unpublished", call.Status.ToString(), status.ToString(), changedBy, null);
        call.Status = status;
        call.UpdatedAt = Now;
        call.PublishedAt ??= status == CallStatus.Published ? Now : null;
        await db.SaveChangesAsync(cancellationToken);
    }
}

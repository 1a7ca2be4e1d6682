using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// Reads pilots for the pages and the API, and says who may do what with one: pilots are public; their team
/// members report, link KPIs and state results; the lead also manages the team; staff of the call's area
/// (editors) may do all of that and set the pilot's status.
/// </summary>
public sealed class PilotCatalog(SmartRegionDb db, FundingAccess access, TimeProvider clock)
{
    private const int MaxListed = 500;

    public static string LinkTo(int pilotId) => $"/funding/pilots/{pilotId}";

    public static string ReportLink(int pilotId, int reportId) => $"{LinkTo(pilotId)}/reports/{reportId}";

    /// <summary>Today in Berlin: a report is overdue from the day after its due date.</summary>
    public DateOnly Today => BerlinTime.Today(clock);

    public Task<FundingPilot?> FindAsync(int id, CancellationToken cancellationToken) =>
        WithParts(db.Set<FundingPilot>()).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<int?> IdOfApplicationAsync(int applicationId, CancellationToken cancellationToken) =>
        db.Set<FundingPilot>().Where(p => p.ApplicationId == applicationId).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Public list: newest first, optionally of one field and of some areas.</summary>
    public Task<List<FundingPilot>> ListAsync(string? fieldKey, IReadOnlyCollection<int>? areaIds, CancellationToken cancellationToken)
    {
        var pilots = db.Set<FundingPilot>().AsNoTracking();
        if (!string.IsNullOrEmpty(fieldKey))
        {
            pilots = pilots.Where(p => p.Fields.Any(f => f.FieldKey == fieldKey));
        }

        if (areaIds is not null)
        {
            pilots = pilots.Where(p => areaIds.Contains(p.AreaId));
        }

        return WithParts(pilots).OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).Take(MaxListed).ToListAsync(cancellationToken);
    }

    public Task<List<FundingPilot>> OfCallAsync(int callId, CancellationToken cancellationToken) =>
        WithParts(db.Set<FundingPilot>().AsNoTracking().Where(p => p.CallId == callId)).OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<List<FundingPilot>> OfMemberAsync(Guid accountId, CancellationToken cancellationToken) =>
        WithParts(db.Set<FundingPilot>().AsNoTracking().Where(p => p.Members.Any(m => m.AccountId == accountId))).OrderBy(p => p.Title).ToListAsync(cancellationToken);

    public Task<List<PilotKpi>> KpisAsync(int pilotId, CancellationToken cancellationToken) =>
        db.Set<PilotKpi>().AsNoTracking().Where(k => k.PilotId == pilotId).OrderBy(k => k.Id).ToListAsync(cancellationToken);

    public Task<List<PilotResult>> ResultsAsync(int pilotId, CancellationToken cancellationToken) =>
        db.Set<PilotResult>().AsNoTracking().Where(r => r.PilotId == pilotId).ToListAsync(cancellationToken);

    public async Task<PilotRole> RoleAsync(ClaimsPrincipal user, FundingPilot pilot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        if (user.Identity?.IsAuthenticated != true)
        {
            return PilotRole.Public;
        }

        var member = SignedInAccount.IdOf(user) is { } accountId ? pilot.Members.SingleOrDefault(m => m.AccountId == accountId) : null;
        var areaId = await db.Set<FundingCall>().Where(c => c.Id == pilot.CallId).Select(c => c.AreaId).SingleAsync(cancellationToken);
        return new PilotRole(member is not null, member?.IsLead == true, await access.IsEditorAsync(user, areaId, cancellationToken));
    }

    /// <summary>The report due next that is not submitted yet, or null when every report is in.</summary>
    public static PilotReport? NextOpenReport(FundingPilot pilot)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        return pilot.Reports.Where(r => !r.IsSubmitted).OrderBy(r => r.DueOn).FirstOrDefault();
    }

    /// <summary>The newest submitted report: it says where the milestones and the spending stand.</summary>
    public static PilotReport? LatestSubmitted(FundingPilot pilot)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        return pilot.Reports.Where(r => r.IsSubmitted).OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).FirstOrDefault();
    }

    private static IQueryable<FundingPilot> WithParts(IQueryable<FundingPilot> pilots) =>
        pilots.Include(p => p.Fields).Include(p => p.Members).Include(p => p.Reports).AsSplitQuery();
}

/// <summary>What the signed-in person is to a pilot.</summary>
public sealed record PilotRole(bool IsMember, bool IsLead, bool IsStaff)
{
    public static readonly PilotRole Public = new(false, false, false);

    /// <summary>Write reports, link KPIs, state results.</summary>
    public bool CanReport => IsMember || IsStaff;

    /// <summary>Add and remove members, write the public summary.</summary>
    public bool CanManageTeam => IsLead || IsStaff;
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>Reading hackathons, their challenges, teams and results; everything here is public except a person's own membership.</summary>
public sealed class HackathonCatalog(SmartRegionDb db, DatastreamDirectory datastreams)
{
    public Task<List<Hackathon>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<Hackathon>().AsNoTracking().OrderByDescending(h => h.StartsAt).ThenBy(h => h.Id).ToListAsync(cancellationToken);

    public Task<Hackathon?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Hackathon>().AsNoTracking()
            .Include(h => h.Challenges.OrderBy(c => c.SortOrder)).ThenInclude(c => c.Datastreams)
            .AsSplitQuery()
            .SingleOrDefaultAsync(h => h.Id == id, cancellationToken);

    public Task<List<HackathonTeam>> TeamsAsync(int hackathonId, CancellationToken cancellationToken) =>
        db.Set<HackathonTeam>().AsNoTracking().Where(t => t.HackathonId == hackathonId).OrderBy(t => t.Name).ToListAsync(cancellationToken);

    public Task<List<HackathonSubmission>> SubmissionsAsync(int hackathonId, CancellationToken cancellationToken) =>
        db.Set<HackathonSubmission>().AsNoTracking().Where(s => s.HackathonId == hackathonId).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<bool> IsRegisteredAsync(int hackathonId, Guid accountId, CancellationToken cancellationToken) =>
        db.Set<HackathonRegistration>().AnyAsync(r => r.HackathonId == hackathonId && r.AccountId == accountId, cancellationToken);

    /// <summary>The person's team in the hackathon, or null.</summary>
    public Task<HackathonTeam?> TeamOfAsync(int hackathonId, Guid accountId, CancellationToken cancellationToken) =>
        db.Set<TeamMembership>().Where(m => m.HackathonId == hackathonId && m.AccountId == accountId)
            .Join(db.Set<HackathonTeam>(), m => m.TeamId, t => t.Id, (m, t) => t)
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    public Task<HackathonSubmission?> SubmissionOfAsync(int teamId, CancellationToken cancellationToken) =>
        db.Set<HackathonSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.TeamId == teamId, cancellationToken);

    /// <summary>The Datastreams the hackathon's challenges link to, for names, units and links.</summary>
    public Task<IReadOnlyDictionary<long, DatastreamInfo>> DatastreamsOfAsync(Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return datastreams.FindManyAsync(hackathon.Challenges.SelectMany(c => c.Datastreams).Select(d => d.DatastreamId), cancellationToken);
    }
}

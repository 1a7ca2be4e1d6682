using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>Finds what a follow points at, so nobody follows what does not exist and blocks apply per area.</summary>
public sealed class FollowSubjects(SmartRegionDb db)
{
    /// <summary>The area of the idea or measure, or null when there is none (or the kind is unknown).</summary>
    public async Task<int?> AreaOfAsync(string? subjectKind, int subjectId, CancellationToken cancellationToken) => subjectKind switch
    {
        SubjectKinds.Idea => await db.Set<Idea>().Where(i => i.Id == subjectId).Select(i => (int?)i.AreaId).SingleOrDefaultAsync(cancellationToken),
        SubjectKinds.Measure => await db.Set<Measure>().Where(m => m.Id == subjectId).Select(m => (int?)m.AreaId).SingleOrDefaultAsync(cancellationToken),
        _ => null,
    };
}

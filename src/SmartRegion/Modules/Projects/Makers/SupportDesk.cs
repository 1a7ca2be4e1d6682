using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>
/// Support requests: makers file them, editors of the request's area handle them. A request belongs to the area
/// of its project, or to the maker's area when it is about no project.
/// </summary>
public sealed class SupportDesk(SmartRegionDb db, ProjectsAccess access, TimeProvider clock)
{
    public Task<List<SupportRequest>> RequestsOfAsync(int profileId, CancellationToken cancellationToken) =>
        db.Set<SupportRequest>().AsNoTracking().Where(r => r.ProfileId == profileId).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    public Task<SupportRequest?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<SupportRequest>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<SupportRequest> FileAsync(MakerProfile profile, MakerProject? project, SupportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new SupportRequest
        {
            ProfileId = profile.Id,
            ProjectId = project?.Id,
            AreaId = project?.AreaId ?? profile.AreaId,
            Kind = input.Kind,
            Description = input.Description!.Trim(),
            Status = SupportStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>The requests of every area the person edits, open ones first, oldest first within.</summary>
    public async Task<List<SupportRequest>> QueueAsync(ClaimsPrincipal user, SupportStatus? status, CancellationToken cancellationToken)
    {
        var query = db.Set<SupportRequest>().AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var areas = await query.Select(r => r.AreaId).Distinct().ToListAsync(cancellationToken);
        var editable = new List<int>();
        foreach (var area in areas)
        {
            if (await access.IsEditorAsync(user, area, cancellationToken))
            {
                editable.Add(area);
            }
        }

        var requests = await query.Where(r => editable.Contains(r.AreaId)).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. requests.OrderBy(r => r.Status is SupportStatus.Done or SupportStatus.Declined)];
    }

    public async Task HandleAsync(SupportRequest request, HandlingInput input, Guid? handledBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(input);
        request.Status = input.Status;
        request.InternalNote = string.IsNullOrWhiteSpace(input.InternalNote) ? null : input.InternalNote.Trim();
        request.HandledBy = handledBy;
        request.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}

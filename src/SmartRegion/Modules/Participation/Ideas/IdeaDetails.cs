using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>Everything the idea page and the API show of one idea. <see cref="AuthorName"/> is null for a deleted account.</summary>
public sealed record IdeaDetails(
    Idea Idea, string? AuthorName, AreaChoice? Area, FieldInfo? Field, Process? Process, IReadOnlyList<ImageInfo> Photos, bool SupportsOpen, bool CommentsOpen)
{
    public bool IsHidden => Idea.HiddenAt is not null;
}

/// <summary>Loads one idea with the names around it.</summary>
public sealed class IdeaReader(SmartRegionDb db, RegionDirectory directory, UploadedImages images, IdeaPhases phases)
{
    public async Task<IdeaDetails?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var idea = await db.Set<Idea>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (idea is null)
        {
            return null;
        }

        var authorName = idea.AuthorId is { } authorId
            ? await db.Users.Where(u => u.Id == authorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var area = (await directory.ChoicesAsync(cancellationToken)).FirstOrDefault(a => a.Id == idea.AreaId);
        var field = (await directory.FieldsAsync(cancellationToken)).FirstOrDefault(f => f.Key == idea.FieldKey);
        var process = idea.ProcessId is { } processId
            ? await db.Set<Process>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, cancellationToken)
            : null;
        var photos = idea.HiddenAt is null ? await images.OfAsync(IdeaDesk.OwnerKind, idea.Id, cancellationToken) : [];
        var supportsOpen = await phases.SupportsOpenAsync(idea.ProcessId, cancellationToken);
        var commentsOpen = idea.HiddenAt is null && await phases.CommentsOpenAsync(idea.ProcessId, cancellationToken);
        return new IdeaDetails(idea, authorName, area, field, process, photos, supportsOpen, commentsOpen);
    }
}

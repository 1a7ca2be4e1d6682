using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Reports;

/// <summary>Reports as the moderation queue sees them. Hiding a report hides its photo too.</summary>
public sealed class ReportModeration(SmartRegionDb db) : IModeratedContent
{
    public string Kind => ReportFiling.OwnerKind;

    public async Task<ModeratedItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var report = await db.Set<ServiceRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report is null
            ? null
            : new ModeratedItem(Kind, report.Id, report.AreaId, report.ReporterId, Excerpt(report.Description), $"/participation/reports/{report.Id}", report.HiddenAt is not null);
    }

    public async Task HideAsync(long id, string reason, DateTime at, CancellationToken cancellationToken)
    {
        await db.Set<ServiceRequest>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.HiddenAt, at).SetProperty(x => x.HiddenReason, reason), cancellationToken);
        await SetPhotosHiddenAsync(id, true, cancellationToken);
    }

    public async Task RestoreAsync(long id, CancellationToken cancellationToken)
    {
        await db.Set<ServiceRequest>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.HiddenAt, (DateTime?)null).SetProperty(x => x.HiddenReason, (string?)null), cancellationToken);
        await SetPhotosHiddenAsync(id, false, cancellationToken);
    }

    private Task<int> SetPhotosHiddenAsync(long id, bool hidden, CancellationToken cancellationToken) =>
        db.Set<StoredImage>().Where(i => i.OwnerKind == ReportFiling.OwnerKind && i.OwnerId == id)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.IsHidden, hidden), cancellationToken);

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>
/// Where an idea may be placed: the KielRegion's rough outline as a box (see the region facts: roughly
/// N 54.70, S 54.05, W 9.45, E 10.75). A point outside is a typing error, not an idea for the region.
/// </summary>
public static class IdeaRegion
{
    public const double MinLatitude = 54.05;
    public const double MaxLatitude = 54.70;
    public const double MinLongitude = 9.45;
    public const double MaxLongitude = 10.75;

    public static bool Contains(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude && longitude is >= MinLongitude and <= MaxLongitude;
}

/// <summary>
/// Whether residents may post, support or comment ideas now: outside a process always (posting needs one to
/// ask about), inside a process only while its current phase switches the component on (see <see cref="ProcessPhases"/>).
/// </summary>
public sealed class IdeaPhases(SmartRegionDb db, TimeProvider clock)
{
    public Task<bool> IdeasOpenAsync(int processId, CancellationToken cancellationToken) =>
        ProcessPhases.IsOpenAsync(db, processId, Component.Ideas, clock.GetUtcNow().UtcDateTime, cancellationToken);

    public Task<bool> SupportsOpenAsync(int? processId, CancellationToken cancellationToken) => OpenAsync(processId, Component.Supports, cancellationToken);

    public Task<bool> CommentsOpenAsync(int? processId, CancellationToken cancellationToken) => OpenAsync(processId, Component.Comments, cancellationToken);

    private async Task<bool> OpenAsync(int? processId, Component component, CancellationToken cancellationToken) =>
        processId is null || await ProcessPhases.IsOpenAsync(db, processId.Value, component, clock.GetUtcNow().UtcDateTime, cancellationToken);
}

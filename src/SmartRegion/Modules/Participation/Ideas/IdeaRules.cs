using Microsoft.EntityFrameworkCore;
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

/// <summary>Whether a process's current phase lets residents post ideas or support them.</summary>
public sealed class IdeaPhases(SmartRegionDb db, TimeProvider clock)
{
    /// <summary>The phase whose dates include now; the first by order when phases overlap.</summary>
    public async Task<Phase?> CurrentPhaseAsync(int processId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<Phase>().AsNoTracking()
            .Where(p => p.ProcessId == processId && p.StartsAt <= now && now < p.EndsAt)
            .OrderBy(p => p.SortOrder).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> IdeasOpenAsync(int processId, CancellationToken cancellationToken) =>
        (await CurrentPhaseAsync(processId, cancellationToken))?.IdeasOpen == true;

    /// <summary>An idea outside a process may always be supported; one in a process only while its phase allows it.</summary>
    public async Task<bool> SupportsOpenAsync(int? processId, CancellationToken cancellationToken) =>
        processId is null || (await CurrentPhaseAsync(processId.Value, cancellationToken))?.SupportsOpen == true;
}

/// <summary>Times are stored in UTC and shown as people in the region read them.</summary>
public static class IdeaTime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    /// <summary>The value for a <c>time</c> element's <c>datetime</c> attribute.</summary>
    public static string Machine(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}

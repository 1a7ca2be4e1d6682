using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Events;

internal static class EventDtos
{
    public static async Task<List<EventDto>> ToDtosAsync(
        IReadOnlyList<NeighbourhoodEvent> events, RegionDirectory directory, HttpContext context, CancellationToken cancellationToken)
    {
        var areas = (await directory.ChoicesAsync(cancellationToken)).ToDictionary(a => a.Id);
        return [.. events.Select(e => new EventDto(
            e.Id,
            areas.TryGetValue(e.AreaId, out var area) ? area.Slug : "",
            area?.Name ?? "",
            // A hidden event keeps its place in the data, but not its words: they may be why it was hidden.
            e.HiddenAt is null ? e.Title : "",
            e.HiddenAt is null ? e.Description : "",
            e.Language,
            ContentLanguage.Direction(e.Language),
            DateTime.SpecifyKind(e.StartsAt, DateTimeKind.Utc),
            DateTime.SpecifyKind(e.EndsAt, DateTimeKind.Utc),
            e.AllDay,
            EventDays.FirstDay(e),
            EventDays.LastDay(e),
            e.PlaceName,
            e.Address,
            e.Latitude,
            e.Longitude,
            e.OrganiserName,
            e.ContactLink,
            e.HiddenAt is null ? e.Status.ToString().ToLowerInvariant() : "hidden",
            e.RejectionReason,
            PublicUrl.For(context, $"/participation/events/{e.Id}"),
            PublicUrl.For(context, $"/participation/events/{e.Id}.ics")))];
    }
}

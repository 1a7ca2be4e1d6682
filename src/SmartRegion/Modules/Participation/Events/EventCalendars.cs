using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>iCalendar downloads: a subscribable feed per area (with the areas below it) and one file per event.</summary>
internal static class EventCalendars
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>Subscribers also keep seeing what happened in the last weeks; older events drop out of the feed.</summary>
    private static readonly TimeSpan FeedHistory = TimeSpan.FromDays(30);

    public static void MapEventCalendars(this WebApplication app)
    {
        app.MapGet("/participation/events/calendar/{areaSlug}.ics", FeedAsync).WithTags("Participation")
            .WithName("NeighbourhoodEventsCalendar")
            .WithSummary("iCalendar feed (RFC 5545) of the approved events of an area and the areas below it.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        app.MapGet("/participation/events/{id:int}.ics", SingleAsync).WithTags("Participation")
            .WithName("NeighbourhoodEventCalendarFile")
            .WithSummary("One event as an iCalendar file, to add it to a calendar.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
    }

    private static async Task<IResult> FeedAsync(
        string areaSlug, EventCatalog catalog, IStringLocalizer<SharedTexts> texts, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var scope = await catalog.AreaScopeAsync(areaSlug, cancellationToken);
        if (scope is null)
        {
            return Results.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var events = await catalog.PublicAsync(scope.AreaIds, now - FeedHistory, now.AddYears(5), null, 1000, cancellationToken);
        var calendar = new ICalendarWriter(texts["Events.CalendarName", scope.Area.Name]);
        foreach (var item in events)
        {
            calendar.Add(item, PublicUrl.For(context, $"/participation/events/{item.Id}"), now);
        }

        context.Response.Headers.CacheControl = "public, max-age=900";
        return Results.Text(calendar.Finish(), ContentType, Encoding.UTF8);
    }

    private static async Task<IResult> SingleAsync(
        int id, ClaimsPrincipal user, EventCatalog catalog, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var item = await catalog.FindAsync(id, cancellationToken);
        if (item is null || item.HiddenAt is not null || !await catalog.CanSeeAsync(user, item, cancellationToken))
        {
            return Results.NotFound();
        }

        var calendar = new ICalendarWriter(item.Title);
        calendar.Add(item, PublicUrl.For(context, $"/participation/events/{item.Id}"), clock.GetUtcNow().UtcDateTime);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"event-{item.Id}.ics\"";
        return Results.Text(calendar.Finish(), ContentType, Encoding.UTF8);
    }
}

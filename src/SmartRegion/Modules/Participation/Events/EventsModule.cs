using SmartRegion.Modules.Participation.Moderation;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>Neighbourhood events: submitted by residents, approved by moderators, published as pages, JSON and iCalendar.</summary>
public static class EventsModule
{
    public static void AddParticipationEvents(this IServiceCollection services)
    {
        services.AddScoped<EventCatalog>();
        services.AddScoped<IModeratedContent, EventModeration>();
    }

    public static void MapParticipationEvents(this WebApplication app)
    {
        app.MapEventsApi();
        app.MapEventCalendars();
    }
}

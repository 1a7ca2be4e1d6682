using SmartRegion.Modules.Participation.Moderation;

namespace SmartRegion.Modules.Participation.Ideas;

/// <summary>The ideas feature's services and endpoints, added by <see cref="ParticipationModule"/>.</summary>
public static class IdeasSetup
{
    public static void AddIdeas(this IServiceCollection services)
    {
        services.AddScoped<IdeaPhases>();
        services.AddScoped<IdeaSupports>();
        services.AddScoped<IdeaFinder>();
        services.AddScoped<IdeaDesk>();
        services.AddScoped<IdeaReader>();
        services.AddScoped<IModeratedContent, IdeaModeration>();
    }

    public static void MapIdeas(this WebApplication app) => app.MapIdeasApi();
}

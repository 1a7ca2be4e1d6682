using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Following;

namespace SmartRegion.Modules.Participation;

/// <summary>
/// Citizen participation: processes and phases, surveys, ideas, comments, moderation, immediate measures,
/// neighbourhood events and reports. Each feature folder adds its services and endpoints here.
/// </summary>
public static class ParticipationModule
{
    public static void AddParticipation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ParticipationAccess>();
        builder.Services.AddScoped<Followers>();
        builder.Services.AddScoped<UploadedImages>();
        Surveys.SurveysSetup.AddSurveys(builder.Services);
    }

    public static void MapParticipation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapParticipationImages();
        Surveys.SurveysSetup.MapSurveys(app);
    }
}

using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

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
        builder.Services.AddScoped<IPersonalData, ParticipationPersonalData>();
        builder.Services.AddScoped<IPersonalData, SubmissionsPersonalData>();
        builder.Services.AddScoped<IStartupSeed, ParticipationDemoSeed>();
        builder.Services.AddScoped<Common.Translations.Translations>();
        builder.Services.AddScoped<Common.Translations.ContributionTranslations>();
        builder.Services.AddIdeas();
        builder.Services.AddCommentsAndModeration();
        Events.EventsModule.AddParticipationEvents(builder.Services);
        builder.AddMeasuresAndFollowing();
        builder.AddReports();
        Surveys.SurveysSetup.AddSurveys(builder.Services);
    }

    public static void MapParticipation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapParticipationImages();
        Processes.ProcessesApi.MapProcessesApi(app);
        app.MapIdeas();
        Common.Translations.TranslationsApi.MapContributionTranslationsApi(app);
        app.MapCommentsAndModeration();
        Events.EventsModule.MapParticipationEvents(app);
        app.MapMeasuresAndFollowing();
        app.MapReports();
        Surveys.SurveysSetup.MapSurveys(app);
    }
}

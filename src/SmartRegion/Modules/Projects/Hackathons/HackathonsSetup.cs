using SmartRegion.Modules.Projects.Hackathons.Files;
using SmartRegion.Modules.Projects.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>Hackathons: editors set challenges on the region's sensor data, teams hand in results, a jury scores them, the editor publishes places.</summary>
public static class HackathonsSetup
{
    public static void AddHackathons(this IServiceCollection services)
    {
        services.AddScoped<HackathonCatalog>();
        services.AddScoped<HackathonTeams>();
        services.AddScoped<HackathonEditing>();
        services.AddScoped<ChallengeEditing>();
        services.AddScoped<HackathonSubmissionDirectory>();
        services.AddScoped<Files.SubmissionFiles>();
        services.AddScoped<Jury.JuryCriteria>();
        services.AddScoped<Jury.HackathonJury>();
        services.AddScoped<Jury.JuryRanking>();
        services.AddScoped<IPersonalData, HackathonsPersonalData>();
        services.AddScoped<IStartupSeed, HackathonsDemoSeed>();
    }

    public static void MapHackathons(this WebApplication app)
    {
        app.MapHackathonsApi();
        app.MapSubmissionFiles();
    }
}

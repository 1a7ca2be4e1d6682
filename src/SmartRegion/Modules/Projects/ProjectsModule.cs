using SmartRegion.Modules.Projects.Common;

namespace SmartRegion.Modules.Projects;

/// <summary>
/// Project makers (profiles, portfolios, support requests, the public directory) and hackathons. The funding
/// pot lives in the Funding module. Each feature folder adds its services and endpoints here.
/// </summary>
public static class ProjectsModule
{
    public static void AddProjects(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ProjectsAccess>();
        Makers.MakersSetup.AddProjectMakers(builder.Services);
        Hackathons.HackathonsSetup.AddHackathons(builder.Services);
    }

    public static void MapProjects(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Makers.MakersSetup.MapProjectMakers(app);
        Hackathons.HackathonsSetup.MapHackathons(app);
    }
}

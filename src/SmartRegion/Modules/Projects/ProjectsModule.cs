using SmartRegion.Modules.Projects.Common;

namespace SmartRegion.Modules.Projects;

/// <summary>
/// Projects and funding: the funding pot "Strategische Piloten" (calls, applications, review, decisions,
/// funded pilots and their reports), project makers and hackathons. Each feature folder adds its services
/// and endpoints here.
/// </summary>
public static class ProjectsModule
{
    public static void AddProjects(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ProjectsAccess>();
    }

    public static void MapProjects(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}

using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>Project makers: profiles, portfolios, support requests and the public directory.</summary>
public static class MakersSetup
{
    public static void AddProjectMakers(this IServiceCollection services)
    {
        services.AddScoped<MakerCatalog>();
        services.AddScoped<SupportDesk>();
        services.AddScoped<IPersonalData, MakersPersonalData>();
        services.AddScoped<IStartupSeed, MakersDemoSeed>();
    }

    public static void MapProjectMakers(this WebApplication app)
    {
        app.MapMakersApi();
        app.MapSupportApi();
    }
}

using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Region;

/// <summary>Areas of the region (region, districts, municipalities, neighbourhoods) and the strategy's fields.</summary>
public static class RegionModule
{
    public static void AddRegion(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<RegionOptions>(builder.Configuration.GetSection(RegionOptions.Section));
        builder.Services.AddScoped<IStartupSeed, RegionSeed>();
        builder.Services.AddScoped<RegionDirectory>();
        builder.Services.AddScoped<IAreaNameLookup>(services => services.GetRequiredService<RegionDirectory>());
        builder.Services.AddScoped<BoundaryImport>();
    }

    public static void MapRegion(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAreasApi();
    }
}

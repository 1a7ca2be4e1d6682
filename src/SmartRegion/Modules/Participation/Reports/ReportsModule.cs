using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Participation.Reports.Open311;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Reports;

/// <summary>Reports (Mängelmelder and coastal observations): pages, the Open311 endpoint and moderation.</summary>
internal static class ReportsModule
{
    public static void AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportFiling>();
        builder.Services.AddScoped<IModeratedContent, ReportModeration>();
        builder.Services.AddScoped<IStartupSeed, ReportCategorySeed>();
    }

    public static void MapReports(this WebApplication app) => app.MapOpen311();
}

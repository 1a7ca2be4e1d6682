using SmartRegion.Modules.Funding.Common;

namespace SmartRegion.Modules.Funding;

/// <summary>
/// The funding pot "Strategische Piloten": calls, applications, review, decisions, funded pilots and their
/// reports. Each feature folder adds its services and endpoints here.
/// </summary>
public static class FundingModule
{
    public static void AddFunding(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<FundingAccess>();
    }

    public static void MapFunding(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}

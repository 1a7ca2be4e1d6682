using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding;

/// <summary>The tables of the funding pot. Each feature folder configures its own entities; this lists them once.</summary>
public sealed class FundingModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
    }
}

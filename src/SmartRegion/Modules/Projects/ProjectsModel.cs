using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Projects;

/// <summary>The tables of project makers and hackathons. Each feature folder configures its own entities; this lists them once.</summary>
public sealed class ProjectsModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Makers.MakersModel.Configure(modelBuilder);
        Hackathons.HackathonsModel.Configure(modelBuilder);
    }
}

using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Platform.Database;

/// <summary>
/// A module's part of the one database model. Modules own their entities; the platform's database context
/// knows none of them and only applies the parts it is given (see <c>ModuleModels</c> beside Program.cs).
/// </summary>
public interface IModuleModel
{
    void Configure(ModelBuilder modelBuilder);
}

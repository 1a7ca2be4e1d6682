using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

using SmartRegion.Platform.Database;

namespace SmartRegion;

// Used only by `dotnet ef migrations add` / `has-pending-model-changes`; the connection strings are never opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSmartRegionDb>
{
    public SqliteSmartRegionDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteSmartRegionDb>().UseSqlite("Data Source=design-time.db").Options,
        new ModuleModelList(ModuleModels.All));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSmartRegionDb>
{
    public PostgresSmartRegionDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresSmartRegionDb>().UseNpgsql("Host=localhost;Database=design_time").Options,
        new ModuleModelList(ModuleModels.All));
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Platform.Database;

/// <summary>
/// The platform's one database context. Each engine has a subclass so that each keeps its own migrations;
/// code everywhere else asks for <see cref="SmartRegionDb"/>.
/// </summary>
public abstract class SmartRegionDb(DbContextOptions options, ModuleModelList moduleModels)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in and antiforgery cookies, shared by every instance of the platform.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<MachineToken> MachineTokens => Set<MachineToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("Users");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        IdentityModel.Configure(builder);
        Reviewing.ReviewingModel.Configure(builder);
        foreach (var moduleModel in moduleModels.Models)
        {
            moduleModel.Configure(builder);
        }
    }
}

/// <summary>The module model parts, handed to the context through dependency injection.</summary>
public sealed class ModuleModelList(IReadOnlyList<IModuleModel> models)
{
    public IReadOnlyList<IModuleModel> Models { get; } = models;
}

public sealed class SqliteSmartRegionDb(DbContextOptions<SqliteSmartRegionDb> options, ModuleModelList moduleModels)
    : SmartRegionDb(options, moduleModels);

public sealed class PostgresSmartRegionDb(DbContextOptions<PostgresSmartRegionDb> options, ModuleModelList moduleModels)
    : SmartRegionDb(options, moduleModels)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        // PostGIS answers the geospatial queries on PostgreSQL; SQLite gets the same functions registered in code.
        builder.HasPostgresExtension("postgis");
        base.OnModelCreating(builder);
    }
}

namespace SmartRegion.Platform.Database;

/// <summary>
/// Data a module puts into a fresh database after the migrations: the region's configuration and, when
/// <c>Demo__Seed</c> is on, demo content. Each seed must be idempotent, because it runs at every start.
/// </summary>
public interface IStartupSeed
{
    /// <summary>Seeds marked as demo content run only when <c>Demo__Seed</c> is true.</summary>
    bool IsDemoContent { get; }

    Task SeedAsync(SmartRegionDb db, CancellationToken cancellationToken);
}

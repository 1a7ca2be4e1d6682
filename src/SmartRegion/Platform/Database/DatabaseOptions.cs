using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Platform.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the <c>Database</c> section (<c>Database__Provider</c>, <c>Database__ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded SQLite file <c>data/smartregion.db</c> below the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Applies pending migrations and the seeds at start, so that one command brings a fresh machine up. When off,
    /// the app does not touch the database at start; run the <c>migrate</c> command instead.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}

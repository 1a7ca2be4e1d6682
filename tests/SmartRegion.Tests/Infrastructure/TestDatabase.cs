using Npgsql;

namespace SmartRegion.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, empty database for one test app: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by <c>SMARTREGION_TEST_POSTGRES</c> (default: postgres/postgres on 127.0.0.1:5432).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "SMARTREGION_TEST_POSTGRES";

    private readonly string? postgresName;

    private TestDatabase(Engine engine, string connectionString, string folder, string? postgresName)
    {
        Engine = engine;
        ConnectionString = connectionString;
        Folder = folder;
        this.postgresName = postgresName;
    }

    public Engine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>A private folder for the app's files (the SQLite file, the mail pickup folder).</summary>
    public string Folder { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    public static async Task<TestDatabase> CreateAsync(Engine engine)
    {
        var folder = Directory.CreateTempSubdirectory("smartregion-test-").FullName;
        if (engine == Engine.Sqlite)
        {
            return new TestDatabase(engine, $"Data Source={Path.Combine(folder, "smartregion.db")}", folder, null);
        }

        var name = $"sr_test_{Guid.NewGuid():N}";
        try
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: start one (see README, or .ci/run) or set {ServerVariable}. {exception.Message}",
                exception);
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(engine, builder.ConnectionString, folder, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing process: the temp folder is cleaned by the system later.
        }
    }
}

using Npgsql;

namespace SmartRegion.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, empty database for one test app: a SQLite file in a temporary folder, or a new database on the
/// tests' PostgreSQL server (see <see cref="PostgresServer"/>), dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? postgresName;

    private readonly string? server;

    private TestDatabase(Engine engine, string connectionString, string folder, string? postgresName = null, string? server = null)
    {
        this.server = server;
        Engine = engine;
        ConnectionString = connectionString;
        Folder = folder;
        this.postgresName = postgresName;
    }

    public Engine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>A private folder for the app's files (the SQLite file, the mail pickup folder).</summary>
    public string Folder { get; }

    public static async Task<TestDatabase> CreateAsync(Engine engine)
    {
        var folder = Directory.CreateTempSubdirectory("smartregion-test-").FullName;
        if (engine == Engine.Sqlite)
        {
            return new TestDatabase(engine, $"Data Source={Path.Combine(folder, "smartregion.db")}", folder);
        }

        var name = $"sr_test_{Guid.NewGuid():N}";
        var server = await PostgresServer.ConnectionStringAsync();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Many test apps run side by side, each with its own pool: small pools that let idle connections go keep the
        // server below its connection limit.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 1 };
        return new TestDatabase(engine, builder.ConnectionString, folder, name, server);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
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

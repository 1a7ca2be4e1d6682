using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SmartRegion.Platform.Database;

/// <summary>
/// SQLite lets one connection write at a time. A second writer is refused as "busy", and the driver retries it
/// after sleeping, which leaves the database idle while the work waits. Writers of this process queue here instead:
/// in order, and the next one starts the moment the last one commits. On PostgreSQL the gate is open.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the write turn on this connection's database file; dispose the answer after the commit.</summary>
    public static async ValueTask<Turn> EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection sqlite)
        {
            return default;
        }

        var gate = Gates.GetOrAdd(Path.GetFullPath(sqlite.DataSource), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    /// <summary>The write turn; gives it to the next writer when disposed.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}

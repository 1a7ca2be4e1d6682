using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.Bench;

/// <summary>Bulk rows into one table: PostgreSQL's text COPY, or on SQLite one prepared INSERT in transactions of 20,000 rows.</summary>
internal abstract class RowWriter : IAsyncDisposable
{
    public static RowWriter Open(DbConnection connection, string table, string[] columns) => connection switch
    {
        NpgsqlConnection postgres => new CopyWriter(postgres, table, columns),
        SqliteConnection sqlite => new InsertWriter(sqlite, table, columns),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    public abstract Task WriteAsync(params object?[] values);

    public abstract ValueTask DisposeAsync();

    private static string Quoted(string[] columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private sealed class CopyWriter(NpgsqlConnection connection, string table, string[] columns) : RowWriter
    {
        private readonly TextWriter copy = connection.BeginTextImport($"COPY \"{table}\" ({Quoted(columns)}) FROM STDIN");

        public override Task WriteAsync(params object?[] values) =>
            copy.WriteLineAsync(string.Join('\t', values.Select(Text)));

        public override async ValueTask DisposeAsync() => await copy.DisposeAsync();

        // The generated texts hold no tabs, newlines or backslashes, so no escaping is needed.
        private static string Text(object? value) => value switch
        {
            null => "\\N",
            DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss'+00'", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private sealed class InsertWriter : RowWriter
    {
        private const int RowsPerTransaction = 20_000;
        private readonly SqliteConnection connection;
        private readonly SqliteCommand command;
        private SqliteTransaction transaction;
        private int rows;

        public InsertWriter(SqliteConnection connection, string table, string[] columns)
        {
            this.connection = connection;
            transaction = connection.BeginTransaction();
            command = connection.CreateCommand();
#pragma warning disable CA2100 // Table and column names are this tool's constants.
            command.CommandText = $"INSERT INTO \"{table}\" ({Quoted(columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
#pragma warning restore CA2100
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            command.Transaction = transaction;
        }

        public override async Task WriteAsync(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = Stored(values[i]);
            }

            await command.ExecuteNonQueryAsync();
            if (++rows % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = connection.BeginTransaction();
                command.Transaction = transaction;
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            await command.DisposeAsync();
        }

        // As the platform's SQLite provider stores them: Guids as upper-case text, times as ISO text.
        private static object Stored(object? value) => value switch
        {
            null => DBNull.Value,
            Guid id => id.ToString().ToUpperInvariant(),
            DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}

using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.Bench;

/// <summary>
/// The yardstick for the bulk path: the same Observations written straight into <c>sta_observations</c> with
/// multi-row INSERT statements (parameters, one transaction per 10,000 rows), from as many connections as the
/// HTTP load uses. Afterwards its rows are deleted again, so the HTTP load starts from the same empty table.
/// </summary>
internal static class PlainInsertLoad
{
    private const int RowsPerTransaction = 10_000;
    private const string Columns = "datastream_id, feature_id, phenomenon_time_start, result_json, result_number";

    public static async Task<int> RunAsync(string provider, string connectionString, long datastream, long total, int rowsPerStatement, int clients)
    {
        var feature = await ScalarAsync(provider, connectionString,
            "INSERT INTO sta_features (name, description, encoding_type, feature) VALUES ('baseline', 'baseline', 'application/geo+json', '{\"type\":\"Point\",\"coordinates\":[10.15,54.37]}') RETURNING id");
        var next = -1L;
        var chunks = total / RowsPerTransaction;
        var clock = Stopwatch.StartNew();

        async Task ClientAsync()
        {
            await using var connection = Open(provider, connectionString);
            await connection.OpenAsync();
            await using var command = Statement(connection, datastream, feature, rowsPerStatement);
            for (var chunk = Interlocked.Increment(ref next); chunk < chunks; chunk = Interlocked.Increment(ref next))
            {
                await using var transaction = await connection.BeginTransactionAsync();
                command.Transaction = transaction;
                for (var first = chunk * RowsPerTransaction; first < (chunk + 1) * RowsPerTransaction; first += rowsPerStatement)
                {
                    SetValues(command, datastream, first, rowsPerStatement);
                    await command.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientAsync)));
        clock.Stop();
        var written = chunks * RowsPerTransaction;
        Console.WriteLine($"plain batched INSERT: {written} rows, {clock.Elapsed.TotalSeconds:F1} s, {written / clock.Elapsed.TotalSeconds:F0} rows/s " +
            $"({rowsPerStatement} rows per statement, {clients} connections)");

        await ScalarAsync(provider, connectionString, $"DELETE FROM sta_observations WHERE feature_id = {feature}");
        await ScalarAsync(provider, connectionString, $"DELETE FROM sta_features WHERE id = {feature}");
        return 0;
    }

    /// <summary>One prepared statement per connection, reused with new values (the driver binds them by name).</summary>
    private static DbCommand Statement(DbConnection connection, long datastream, long feature, int rows)
    {
        var command = connection.CreateCommand();
        var text = new StringBuilder($"INSERT INTO sta_observations ({Columns}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            var p = i * 3;
            text.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}({datastream}, {feature}, @p{p}, @p{p + 1}, @p{p + 2})");
            Add(command, $"@p{p}", 0L);
            Add(command, $"@p{p + 1}", "");
            Add(command, $"@p{p + 2}", 0.0);
        }

#pragma warning disable CA2100 // Only numbers and parameter names are put into the text.
        command.CommandText = text.ToString();
#pragma warning restore CA2100
        return command;
    }

    private static void SetValues(DbCommand command, long datastream, long first, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            var index = first + i;
            var result = Observations.Result(datastream, index);
            command.Parameters[i * 3].Value = Observations.Microseconds(Observations.Time(index));
            command.Parameters[(i * 3) + 1].Value = result.ToString(CultureInfo.InvariantCulture);
            command.Parameters[(i * 3) + 2].Value = result;
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DbConnection Open(string provider, string connectionString) =>
        provider == "Postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    private static async Task<long> ScalarAsync(string provider, string connectionString, string sql)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixed statements of this tool.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, CultureInfo.InvariantCulture);
    }
}

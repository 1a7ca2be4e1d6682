using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartRegion.Bench;

/// <summary>
/// The yardstick for the bulk path: the same Observations as the HTTP load's plan written straight into
/// <c>sta_observations</c> with prepared INSERT statements (one transaction per request's worth of rows, the same
/// Datastream order), from as many connections as the HTTP load uses. Afterwards its rows are deleted again, so the
/// HTTP load starts from the same empty table.
/// </summary>
internal static class PlainInsertLoad
{
    private const string Columns = "datastream_id, feature_id, phenomenon_time_start, result_json, result_number";

    public static async Task<int> RunAsync(string provider, string connectionString, LoadPlan plan, int rowsPerStatement)
    {
        if (plan.Rows % rowsPerStatement != 0)
        {
            Console.Error.WriteLine("The rows per request must be a multiple of the rows per statement.");
            return 2;
        }

        var feature = await ScalarAsync(provider, connectionString,
            "INSERT INTO sta_features (name, description, encoding_type, feature) VALUES ('baseline', 'baseline', 'application/geo+json', '{\"type\":\"Point\",\"coordinates\":[10.15,54.37]}') RETURNING id");
        var next = -1L;
        var clock = Stopwatch.StartNew();

        async Task ClientAsync()
        {
            await using var connection = Open(provider, connectionString);
            await connection.OpenAsync();
            await using var command = Statement(connection, feature, rowsPerStatement);
            for (var request = Interlocked.Increment(ref next); request < plan.Requests; request = Interlocked.Increment(ref next))
            {
                var datastream = plan.FirstDatastream + (request % plan.Datastreams);
                var firstIndex = request / plan.Datastreams * plan.Rows;
                await using var transaction = await connection.BeginTransactionAsync();
                command.Transaction = transaction;
                for (var first = firstIndex; first < firstIndex + plan.Rows; first += rowsPerStatement)
                {
                    SetValues(command, datastream, first, rowsPerStatement);
                    await command.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, plan.Clients).Select(_ => Task.Run(ClientAsync)));
        clock.Stop();
        var written = plan.Requests * plan.Rows;
        Console.WriteLine($"plain batched INSERT: {written} rows, {clock.Elapsed.TotalSeconds:F1} s, {written / clock.Elapsed.TotalSeconds:F0} rows/s " +
            $"({plan.Rows} rows per transaction, {rowsPerStatement} per statement, {plan.Clients} connections)");

        await ScalarAsync(provider, connectionString, $"DELETE FROM sta_observations WHERE feature_id = {feature}");
        await ScalarAsync(provider, connectionString, $"DELETE FROM sta_features WHERE id = {feature}");
        return 0;
    }

    /// <summary>One prepared statement per connection, reused with new values (the driver binds them by name).</summary>
    private static DbCommand Statement(DbConnection connection, long feature, int rows)
    {
        var command = connection.CreateCommand();
        var text = new StringBuilder($"INSERT INTO sta_observations ({Columns}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            var p = i * 3;
            text.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}(@d{i}, {feature}, @p{p}, @p{p + 1}, @p{p + 2})");
            Add(command, $"@p{p}", 0L);
            Add(command, $"@p{p + 1}", "");
            Add(command, $"@p{p + 2}", 0.0);
        }

        for (var i = 0; i < rows; i++)
        {
            Add(command, $"@d{i}", 0L);
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
            command.Parameters[(rows * 3) + i].Value = datastream;
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

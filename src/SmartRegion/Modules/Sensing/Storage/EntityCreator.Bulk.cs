using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

internal sealed partial class EntityCreator
{
    /// <summary>
    /// From this many deferred Observations on, PostgreSQL gets them through COPY instead of one INSERT each: COPY
    /// skips the per-statement work, which dominates bulk loads (dataArray, CSV).
    /// </summary>
    private const int CopyFrom = 200;

    private readonly List<Dictionary<string, object?>> deferred = [];

    private long Defer(Dictionary<string, object?> columns)
    {
        deferred.Add(columns);
        return 0;
    }

    /// <summary>Inserts the deferred Observations and sets each one's <c>id</c> column.</summary>
    public async Task FlushObservationsAsync(CancellationToken cancellationToken)
    {
        if (deferred.Count == 0)
        {
            return;
        }

        if (dialect == SqlDialect.Postgres && connection is NpgsqlConnection postgres && deferred.Count >= CopyFrom)
        {
            await CopyObservationsAsync(postgres, cancellationToken);
        }
        else if (dialect == SqlDialect.Postgres && connection.CanCreateBatch)
        {
            await InsertObservationBatchAsync(cancellationToken);
        }
        else
        {
            await InsertObservationRowsAsync(cancellationToken);
        }

        deferred.Clear();
    }

    /// <summary>
    /// SQLite: one prepared INSERT reused for every row, with the ids given. (Multi-row statements are slower here:
    /// the driver finds each parameter by name, which grows with the square of the parameters in a statement.) The
    /// transaction began with the write lock (BEGIN IMMEDIATE), so no other writer can take the ids between reading
    /// the highest one and writing.
    /// </summary>
    private async Task InsertObservationRowsAsync(CancellationToken cancellationToken)
    {
        var names = DeferredColumns();
        var table = SensingEntities.Observations.Table;
        var last = await ScalarAsync($"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), COALESCE((SELECT MAX(id) FROM {table}), 0))", [], cancellationToken);
        var next = Convert.ToInt64(last, CultureInfo.InvariantCulture) + 1;
        var sql = new SqlText();
        sql.Append($"INSERT INTO {table} (id, {string.Join(", ", names)}) VALUES ({string.Join(", ", Enumerable.Range(0, names.Count + 1).Select(_ => sql.Parameter(null)))})");
        var command = Prepared(sql);
        var parameters = command.Parameters;
        foreach (var columns in deferred)
        {
            columns["id"] = next;
            parameters[0].Value = next++;
            for (var i = 0; i < names.Count; i++)
            {
                parameters[i + 1].Value = columns.GetValueOrDefault(names[i]) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Every column any deferred Observation sets, except the id the flush gives.</summary>
    private List<string> DeferredColumns() =>
        [.. deferred.SelectMany(columns => columns.Keys).Where(name => name != "id").Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// All inserts in one round trip, each returning its id. Positional parameters ($1 …) rather than
    /// <see cref="SqlText.CreateBatchCommand"/>'s named ones: the driver sends them without rewriting the text, and
    /// this is the single-Observation hot path.
    /// </summary>
    private async Task InsertObservationBatchAsync(CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var columns in deferred)
        {
            var names = columns.Keys.Where(name => name != "id").ToList();
            var command = batch.CreateBatchCommand();
#pragma warning disable CA2100 // Column names come from the data model; every value is a parameter.
            command.CommandText = $"INSERT INTO {SensingEntities.Observations.Table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "$" + (i + 1).ToString(CultureInfo.InvariantCulture)))}) RETURNING id";
#pragma warning restore CA2100
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.Value = columns[name] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var columns in deferred)
        {
            await reader.ReadAsync(cancellationToken);
            columns["id"] = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
        }
    }

    /// <summary>
    /// COPY returns no ids, so the ids are drawn from the table's sequence first and written with the rows: the
    /// answer can still name every Observation created, in order.
    /// </summary>
    private async Task CopyObservationsAsync(NpgsqlConnection postgres, CancellationToken cancellationToken)
    {
        var table = SensingEntities.Observations.Table;
        var ids = new List<long>(deferred.Count);
        await using (var draw = new NpgsqlCommand($"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1)", postgres, (NpgsqlTransaction)transaction))
        {
            draw.Parameters.Add(new NpgsqlParameter { Value = deferred.Count });
            await using var reader = await draw.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var names = DeferredColumns();
        await using (var copy = await postgres.BeginBinaryImportAsync($"COPY {table} (id, {string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < deferred.Count; i++)
            {
                var columns = deferred[i];
                columns["id"] = ids[i];
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(ids[i], NpgsqlDbType.Bigint, cancellationToken);
                foreach (var name in names)
                {
                    await WriteCopyValueAsync(copy, columns.GetValueOrDefault(name), cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static Task WriteCopyValueAsync(NpgsqlBinaryImporter copy, object? value, CancellationToken cancellationToken) => value switch
    {
        null or DBNull => copy.WriteNullAsync(cancellationToken),
        long number => copy.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        int number => copy.WriteAsync((long)number, NpgsqlDbType.Bigint, cancellationToken),
        double number => copy.WriteAsync(number, NpgsqlDbType.Double, cancellationToken),
        string text => copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        bool flag => copy.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        _ => throw new InvalidOperationException($"An Observation column holds a {value.GetType().Name}, which the bulk load does not write."),
    };
}

using System.Data.Common;
using System.Globalization;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

internal sealed partial class EntityCreator
{
    public async Task<long> InsertAsync(string table, IReadOnlyDictionary<string, object?> columns, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        var names = columns.Keys.Where(name => name != "id").ToList();
        var values = names.Select(name => sql.Parameter(columns[name])).ToList();
        sql.Append($"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)}) RETURNING id");
        return Convert.ToInt64(await Prepared(sql).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The same statement text comes again and again in a batch (an INSERT per Observation): its command is prepared
    /// once per transaction and reused with new parameter values.
    /// </summary>
    private DbCommand Prepared(SqlText sql)
    {
        var text = sql.ToString();
        if (!commands.TryGetValue(text, out var command))
        {
            command = sql.CreateCommand(connection, transaction);
            commands[text] = command;
            return command;
        }

        for (var i = 0; i < sql.Parameters.Count; i++)
        {
            command.Parameters[i].Value = sql.Parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
    }

    public Task InsertLinkAsync(NavigationDefinition navigation, long id, long targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        if (navigation.LinkTable == "sta_multi_datastream_observed_properties")
        {
            // The rank orders a MultiDatastream's ObservedProperties like the values in its results: in the order linked.
            var (multi, property) = navigation.Column == "multi_datastream_id" ? (id, targetId) : (targetId, id);
            return ExecuteAsync(
                "INSERT INTO sta_multi_datastream_observed_properties (multi_datastream_id, observed_property_id, rank) " +
                "SELECT {0}, {1}, (SELECT COUNT(*) FROM sta_multi_datastream_observed_properties WHERE multi_datastream_id = {0})",
                [multi, property],
                cancellationToken);
        }

        return ExecuteAsync(
            $"INSERT INTO {navigation.LinkTable} ({navigation.Column}, {navigation.TargetColumn}) SELECT {{0}}, {{1}} WHERE NOT EXISTS " +
            $"(SELECT 1 FROM {navigation.LinkTable} WHERE {navigation.Column} = {{0}} AND {navigation.TargetColumn} = {{1}})",
            [id, targetId],
            cancellationToken);
    }

    public Task UpdateColumnAsync(string table, long id, string column, object? value, CancellationToken cancellationToken) =>
        ExecuteAsync($"UPDATE {table} SET {column} = {{0}} WHERE id = {{1}}", [value, id], cancellationToken);

    public async Task<bool> ExistsAsync(string table, long id, CancellationToken cancellationToken)
    {
        if (known.Contains((table, id)))
        {
            return true;
        }

        var exists = await ScalarAsync($"SELECT 1 FROM {table} WHERE id = {{0}}", [id], cancellationToken) is not null and not DBNull;
        if (exists)
        {
            known.Add((table, id));
        }

        return exists;
    }

    /// <summary>Runs SQL whose <c>{n}</c> placeholders become parameters.</summary>
    public Task<int> ExecuteAsync(string template, object?[] values, CancellationToken cancellationToken) =>
        Prepared(Build(template, values)).ExecuteNonQueryAsync(cancellationToken);

    private Task<object?> ScalarAsync(string template, object?[] values, CancellationToken cancellationToken) =>
        Prepared(Build(template, values)).ExecuteScalarAsync(cancellationToken);

    private static SqlText Build(string template, object?[] values)
    {
        var sql = new SqlText();
        var names = values.Select(sql.Parameter).ToArray();
        sql.Append(string.Format(CultureInfo.InvariantCulture, template, names));
        return sql;
    }
}

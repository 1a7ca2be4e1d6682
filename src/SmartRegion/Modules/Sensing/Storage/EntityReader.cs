using System.Data.Common;
using SmartRegion.Modules.Sensing.Model;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>One entity as read: its columns and, per expanded navigation, what was read below it.</summary>
internal sealed class EntityRow(EntityDefinition entity, object?[] values)
{
    public EntityDefinition Entity { get; } = entity;

    public object?[] Values { get; } = values;

    public Dictionary<string, Page> Expanded { get; } = new(StringComparer.Ordinal);

    public long Id => Convert.ToInt64(Values[EntityColumns.For(Entity).Index["id"]], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A row built from the column values just written, in the order the reader would have read them.</summary>
    public static EntityRow FromColumns(EntityDefinition entity, IReadOnlyDictionary<string, object?> columns) =>
        new(entity, [.. EntityColumns.For(entity).Names.Select(name => columns.GetValueOrDefault(name))]);

    public object? Column(string name) => Values[EntityColumns.For(Entity).Index[name]] is var value && value is DBNull ? null : value;
}

/// <summary>A page of a collection: the rows, the total when $count asked for it, and whether more rows follow.</summary>
internal sealed record Page(IReadOnlyList<EntityRow> Rows, long? Count, bool HasMore, int Top, int Skip, QueryOptions Options);

/// <summary>Runs the queries for a resource path and its options, $expand included, on one open connection.</summary>
/// <param name="transaction">The transaction open on the connection, if any (SQLite requires commands to name it).</param>
internal sealed class EntityReader(DbConnection connection, SqlDialect dialect, SensingOptions settings, DbTransaction? transaction = null)
{
    private int aliases;

    public async Task<Page> ReadAsync(RowSet set, SqlText sql, QueryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var top = Math.Min(options.Top ?? settings.DefaultTop, settings.MaxTop);
        var skip = options.Skip ?? 0;
        var entity = set.Entity;
        var columns = EntityColumns.For(entity);
        var translator = new FilterTranslator(dialect, sql, "$filter");
        var where = set.Condition("t0");
        if (options.Filter is not null)
        {
            where += " AND " + translator.Condition(options.Filter, entity, "t0");
        }

        long? count = null;
        if (options.Count == true)
        {
            var counting = new SqlText();
            await using var countCommand = CopyParameters(sql, counting.Append($"SELECT COUNT(*) FROM {entity.Table} t0 WHERE {where}")).CreateCommand(connection, transaction);
            count = Convert.ToInt64(await countCommand.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        var order = new FilterTranslator(dialect, sql, "$orderby");
        var defaultOrder = options.OrderBy.Count == 0 && set.DefaultOrder is { } rank ? [rank("t0") + " ASC"] : Array.Empty<string>();
        var orderBy = string.Join(", ", defaultOrder.Concat(options.OrderBy
            .Select(item => string.Join(", ", order.OrderValues(item.Expression, entity, "t0").Select(part => part + (item.Descending ? " DESC" : " ASC"))))
            .Append(options.OrderBy.Count > 0 && options.OrderBy[^1].Descending ? "t0.id DESC" : "t0.id ASC")));
        sql.Append($"SELECT {columns.SelectList("t0")} FROM {entity.Table} t0 WHERE {where} ORDER BY {orderBy} LIMIT {sql.Parameter(top + 1)} OFFSET {sql.Parameter(skip)}");

        var rows = new List<EntityRow>();
        await using (var command = sql.CreateCommand(connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object?[columns.Names.Count];
                reader.GetValues(values!);
                rows.Add(new EntityRow(entity, values));
            }
        }

        var hasMore = rows.Count > top;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        foreach (var item in options.Expand)
        {
            foreach (var row in rows)
            {
                await ExpandAsync(row, item.Path, 0, item.Options, cancellationToken);
            }
        }

        return new Page(rows, count, hasMore, top, skip, options);
    }

    /// <summary>
    /// Reads one expanded navigation of one row. A path such as Datastreams/Observations expands each level in turn;
    /// the options apply to the last.
    /// </summary>
    private async Task ExpandAsync(EntityRow row, IReadOnlyList<string> path, int level, QueryOptions options, CancellationToken cancellationToken)
    {
        var navigation = row.Entity.Navigation(path[level])
            ?? throw new QueryParseException("$expand", 0, $"{row.Entity.EntityName} has no navigation property '{path[level]}'; it has {string.Join(", ", row.Entity.Navigations.Select(n => n.Name))}");
        var last = level == path.Count - 1;
        if (!row.Expanded.TryGetValue(navigation.Name, out var page))
        {
            var sql = new SqlText();
            var foreignKey = navigation.Kind == NavigationKind.ToOne ? row.Column(navigation.Column) : null;
            if (navigation.Kind == NavigationKind.ToOne && foreignKey is null)
            {
                row.Expanded[navigation.Name] = new Page([], null, false, 0, 0, options);
                return;
            }

            var set = RowSet.Related(row.Entity, navigation, sql, row.Id, foreignKey);
            page = await ReadAsync(set, sql, last ? options : QueryOptions.Empty, cancellationToken);
            row.Expanded[navigation.Name] = page;
        }

        if (!last)
        {
            foreach (var child in page.Rows)
            {
                await ExpandAsync(child, path, level + 1, options, cancellationToken);
            }
        }
    }

    /// <summary>The count query repeats the page query's condition, so it needs the same parameters.</summary>
    private static SqlText CopyParameters(SqlText from, SqlText to)
    {
        foreach (var (_, value) in from.Parameters)
        {
            to.Parameter(value);
        }

        return to;
    }

    public string NewAlias() => $"s{++aliases}";
}

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

/// <summary>
/// Runs the queries for a resource path and its options, $expand included, on one open connection. Expansion goes
/// level by level: the related rows of all rows of a level are read together, on PostgreSQL in one round trip, so
/// <c>Datastreams?$expand=Observations($top=1)</c> costs one round trip per level, not one per Datastream.
/// </summary>
/// <param name="transaction">The transaction open on the connection, if any (SQLite requires commands to name it).</param>
internal sealed class EntityReader(DbConnection connection, SqlDialect dialect, SensingOptions settings, DbTransaction? transaction = null)
{
    private int aliases;

    /// <summary>A page's statements before they run: the optional count and the rows.</summary>
    private sealed record PageQuery(EntityDefinition Entity, SqlText? Count, SqlText Rows, int Top, int Skip, QueryOptions Options);

    public async Task<Page> ReadAsync(RowSet set, SqlText sql, QueryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var page = (await RunAsync([Prepare(set, sql, options)], cancellationToken))[0];
        await ExpandAsync(page.Rows, options.Expand, cancellationToken);
        return page;
    }

    private PageQuery Prepare(RowSet set, SqlText sql, QueryOptions options)
    {
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

        SqlText? count = null;
        if (options.Count == true)
        {
            count = CopyParameters(sql, new SqlText()).Append($"SELECT COUNT(*) FROM {entity.Table} t0 WHERE {where}");
        }

        var order = new FilterTranslator(dialect, sql, "$orderby");
        var defaultOrder = options.OrderBy.Count == 0 && set.DefaultOrder is { } rank ? [rank("t0") + " ASC"] : Array.Empty<string>();
        var orderBy = string.Join(", ", defaultOrder.Concat(options.OrderBy
            .Select(item => string.Join(", ", order.OrderValues(item.Expression, entity, "t0").Select(part => part + (item.Descending ? " DESC" : " ASC"))))
            .Append(options.OrderBy.Count > 0 && options.OrderBy[^1].Descending ? "t0.id DESC" : "t0.id ASC")));
        sql.Append($"SELECT {columns.SelectList("t0")} FROM {entity.Table} t0 WHERE {where} ORDER BY {orderBy} LIMIT {sql.Parameter(top + 1)} OFFSET {sql.Parameter(skip)}");
        return new PageQuery(entity, count, sql, top, skip, options);
    }

    /// <summary>Runs the page queries: on PostgreSQL all in one batch when there are several, else one by one.</summary>
    private async Task<List<Page>> RunAsync(IReadOnlyList<PageQuery> queries, CancellationToken cancellationToken)
    {
        var pages = new List<Page>(queries.Count);
        if (queries.Count > 1 && dialect == SqlDialect.Postgres && connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var query in queries)
            {
                if (query.Count is not null)
                {
                    batch.BatchCommands.Add(query.Count.CreateBatchCommand(batch));
                }

                batch.BatchCommands.Add(query.Rows.CreateBatchCommand(batch));
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; i < queries.Count; i++)
            {
                pages.Add(await ReadPageAsync(reader, queries[i], moveFirst: i > 0, cancellationToken));
            }

            return pages;
        }

        foreach (var query in queries)
        {
            long? count = null;
            if (query.Count is not null)
            {
                await using var countCommand = query.Count.CreateCommand(connection, transaction);
                count = Convert.ToInt64(await countCommand.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }

            await using var command = query.Rows.CreateCommand(connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            pages.Add(await ReadRowsAsync(reader, query, count, cancellationToken));
        }

        return pages;
    }

    /// <summary>Reads one page from a batch's results: its count (when asked for) and its rows.</summary>
    private static async Task<Page> ReadPageAsync(DbDataReader reader, PageQuery query, bool moveFirst, CancellationToken cancellationToken)
    {
        if (moveFirst)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        long? count = null;
        if (query.Count is not null)
        {
            await reader.ReadAsync(cancellationToken);
            count = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
        }

        return await ReadRowsAsync(reader, query, count, cancellationToken);
    }

    private static async Task<Page> ReadRowsAsync(DbDataReader reader, PageQuery query, long? count, CancellationToken cancellationToken)
    {
        var width = EntityColumns.For(query.Entity).Names.Count;
        var rows = new List<EntityRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[width];
            reader.GetValues(values!);
            rows.Add(new EntityRow(query.Entity, values));
        }

        var hasMore = rows.Count > query.Top;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new Page(rows, count, hasMore, query.Top, query.Skip, query.Options);
    }

    private async Task ExpandAsync(IReadOnlyList<EntityRow> rows, IReadOnlyList<ExpandItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            await ExpandLevelAsync(rows, item.Path, 0, item.Options, cancellationToken);
        }
    }

    /// <summary>
    /// Reads one level of an expanded navigation for all rows of the level above. A path such as
    /// Datastreams/Observations expands each level in turn; the options apply to the last.
    /// </summary>
    private async Task ExpandLevelAsync(IReadOnlyList<EntityRow> rows, IReadOnlyList<string> path, int level, QueryOptions options, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = rows[0].Entity;
        var navigation = entity.Navigation(path[level])
            ?? throw new QueryParseException("$expand", 0, $"{entity.EntityName} has no navigation property '{path[level]}'; it has {string.Join(", ", entity.Navigations.Select(n => n.Name))}");
        var last = level == path.Count - 1;
        var levelOptions = last ? options : QueryOptions.Empty;
        var pending = new List<EntityRow>();
        var queries = new List<PageQuery>();
        foreach (var row in rows.Where(row => !row.Expanded.ContainsKey(navigation.Name)))
        {
            var foreignKey = navigation.Kind == NavigationKind.ToOne ? row.Column(navigation.Column) : null;
            if (navigation.Kind == NavigationKind.ToOne && foreignKey is null)
            {
                row.Expanded[navigation.Name] = new Page([], null, false, 0, 0, levelOptions);
                continue;
            }

            var sql = new SqlText();
            pending.Add(row);
            queries.Add(Prepare(RowSet.Related(row.Entity, navigation, sql, row.Id, foreignKey), sql, levelOptions));
        }

        var pages = await RunAsync(queries, cancellationToken);
        for (var i = 0; i < pending.Count; i++)
        {
            pending[i].Expanded[navigation.Name] = pages[i];
        }

        var children = rows.SelectMany(row => row.Expanded[navigation.Name].Rows).ToList();
        if (!last)
        {
            await ExpandLevelAsync(children, path, level + 1, options, cancellationToken);
        }
        else
        {
            await ExpandAsync(children, options.Expand, cancellationToken);
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

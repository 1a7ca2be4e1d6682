using System.Data.Common;
using System.Text.Json;
using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>The entity a new one hangs under, from the URL (<c>Datastreams(5)/Observations</c>) or from a deep insert.</summary>
/// <param name="ParentTable">Set when the parent's existence is still to be checked (a parent from the URL).</param>
internal sealed record ParentLink(NavigationDefinition ChildNavigation, long ParentId, string? ParentTable = null, string? ParentName = null);

/// <summary>
/// Creates entities from their JSON form inside one transaction: deep inserts, links to existing entities by
/// <c>@iot.id</c>, the HistoricalLocation when a Thing gets its Locations, and the FeatureOfInterest that an
/// Observation without one takes from its Thing's Location.
/// </summary>
internal sealed partial class EntityCreator(DbConnection connection, DbTransaction transaction, SqlDialect dialect, TimeProvider clock) : IAsyncDisposable
{
    /// <summary>Rows known to exist in this transaction (only ever added, never removed: nothing is deleted here).</summary>
    private readonly HashSet<(string Table, long Id)> known = [];

    /// <summary>The columns of the last entity created, for answering without reading it back.</summary>
    public IReadOnlyDictionary<string, object?> LastColumns { get; private set; } = new Dictionary<string, object?>();

    /// <summary>
    /// When set, the Datastreams' time spans are widened once per stream at <see cref="FlushStreamTimesAsync"/>
    /// instead of once per Observation (the ingest pipeline's batches).
    /// </summary>
    public bool DeferStreamTimes { get; init; }

    /// <summary>
    /// When set, Observations are inserted together at <see cref="FlushObservationsAsync"/>, in one round trip where
    /// the database client can send a batch of statements; their ids are filled into their columns then.
    /// </summary>
    public bool DeferObservationInserts { get; init; }

    private static readonly HashSet<string> Annotations = ["@iot.selfLink", "@iot.navigationLink"];

    public async Task<long> CreateAsync(EntityDefinition entity, JsonElement body, string at, ParentLink? parent, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw WriteException.Invalid(at, $"a {entity.EntityName} object is expected");
        }

        if (body.TryGetProperty("@iot.id", out var givenId))
        {
            if (body.EnumerateObject().Count() == 1)
            {
                return await LinkAsync(entity, givenId, at, cancellationToken);
            }

            throw WriteException.Invalid(at + ".@iot.id", "ids are given by the server; to link an existing entity send only its @iot.id");
        }

        if (parent is { ParentTable: { } parentTable } && !await ExistsAsync(parentTable, parent.ParentId, cancellationToken))
        {
            throw WriteException.Missing(parent.ParentName ?? parentTable, parent.ParentId);
        }

        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        var children = new List<(NavigationDefinition Navigation, JsonElement Items, string At)>();
        foreach (var member in body.EnumerateObject())
        {
            var memberAt = $"{at}.{member.Name}";
            if (Annotations.Any(a => member.Name.EndsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            if (entity.Property(member.Name) is { } property)
            {
                if (property.ReadOnly)
                {
                    throw WriteException.Invalid(memberAt, "this property is computed by the server");
                }

                JsonValues.Convert(property, member.Value, memberAt, columns);
            }
            else if (entity.Navigation(member.Name) is { } navigation)
            {
                if (navigation.Kind == NavigationKind.ToOne)
                {
                    var target = SensingEntities.BySetName(navigation.Target)!;
                    columns[navigation.Column] = await CreateAsync(target, member.Value, memberAt, null, cancellationToken);
                }
                else if (member.Value.ValueKind != JsonValueKind.Array)
                {
                    throw WriteException.Invalid(memberAt, $"a list of {navigation.Name} is expected");
                }
                else
                {
                    children.Add((navigation, member.Value, memberAt));
                }
            }
            else
            {
                throw WriteException.Invalid(memberAt, $"{entity.EntityName} has no property '{member.Name}'; it has {string.Join(", ", entity.Properties.Where(p => !p.ReadOnly && p.Kind != PropertyKind.Id).Select(p => p.Name).Concat(entity.Navigations.Select(n => n.Name)))}");
            }
        }

        if (parent is { ChildNavigation.Kind: NavigationKind.ToOne })
        {
            if (columns.ContainsKey(parent.ChildNavigation.Column))
            {
                throw WriteException.Invalid($"{at}.{parent.ChildNavigation.Name}", "is already given by the URL or the enclosing entity");
            }

            columns[parent.ChildNavigation.Column] = parent.ParentId;
        }

        await CompleteAsync(entity, columns, at, cancellationToken);
        var id = DeferObservationInserts && entity == SensingEntities.Observations && children.Count == 0
            ? Defer(columns)
            : await InsertAsync(entity.Table, columns, cancellationToken);
        columns["id"] = id;
        LastColumns = columns;
        if (parent is { ChildNavigation.Kind: NavigationKind.ManyToMany } link)
        {
            await InsertLinkAsync(link.ChildNavigation, id, link.ParentId, cancellationToken);
        }

        foreach (var (navigation, items, itemsAt) in children)
        {
            await CreateChildrenAsync(entity, navigation, id, items, itemsAt, cancellationToken);
        }

        await AfterInsertAsync(entity, id, columns, children.Select(c => c.Navigation.Name).ToHashSet(StringComparer.Ordinal), parent, cancellationToken);
        return id;
    }

    private async Task CreateChildrenAsync(EntityDefinition entity, NavigationDefinition navigation, long id, JsonElement items, string at, CancellationToken cancellationToken)
    {
        var target = SensingEntities.BySetName(navigation.Target)!;
        var reverse = Reverse(entity, navigation);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemAt = $"{at}[{index++}]";
            if (navigation.Kind == NavigationKind.ManyToMany)
            {
                var childId = await CreateAsync(target, item, itemAt, null, cancellationToken);
                await InsertLinkAsync(navigation, id, childId, cancellationToken);
                if (entity == SensingEntities.Locations && navigation.Name == "Things")
                {
                    // A new Location given to a Thing from the Location's side: the Thing has a new Location all the same.
                    await RecordHistoricalLocationAsync(childId, cancellationToken);
                }
            }
            else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@iot.id", out var existing) && item.EnumerateObject().Count() == 1)
            {
                var childId = await LinkAsync(target, existing, itemAt, cancellationToken);
                await UpdateColumnAsync(target.Table, childId, reverse.Column, id, cancellationToken);
            }
            else
            {
                await CreateAsync(target, item, itemAt, new ParentLink(reverse, id), cancellationToken);
            }
        }
    }

    /// <summary>The navigation that leads back from a child to its parent (Datastream.Thing for Thing.Datastreams).</summary>
    public static NavigationDefinition Reverse(EntityDefinition parent, NavigationDefinition navigation)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(navigation);
        var target = SensingEntities.BySetName(navigation.Target)!;
        return target.Navigations.First(n => n.Target == parent.SetName && (navigation.Kind == NavigationKind.ManyToMany
            ? n.Kind == NavigationKind.ManyToMany && n.LinkTable == navigation.LinkTable
            : n.Kind == NavigationKind.ToOne && n.Column == navigation.Column));
    }

    private async Task<long> LinkAsync(EntityDefinition entity, JsonElement id, string at, CancellationToken cancellationToken)
    {
        if (id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var value))
        {
            throw WriteException.Invalid(at + ".@iot.id", "a whole number is expected");
        }

        return await ExistsAsync(entity.Table, value, cancellationToken) ? value : throw WriteException.Missing(entity.EntityName, value);
    }
}

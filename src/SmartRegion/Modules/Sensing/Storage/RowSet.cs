using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// A set of rows of one entity type, described by a condition on a table alias: what a resource path such as
/// <c>Things(1)/Datastreams</c> or an expanded navigation selects before the query options apply.
/// </summary>
internal sealed record RowSet(EntityDefinition Entity, Func<string, string> Condition, bool Single)
{
    /// <summary>The parameter holding the id when the set is one entity addressed by its key alone.</summary>
    public string? SingleKey { get; init; }

    /// <summary>The order when the request names none (the ObservedProperties of a MultiDatastream: by rank).</summary>
    public Func<string, string>? DefaultOrder { get; init; }

    private const string RankedLink = "sta_multi_datastream_observed_properties";

    /// <summary>A MultiDatastream's ObservedProperties in the order of the values in its results.</summary>
    private static Func<string, string>? RankOrder(NavigationDefinition navigation, string parent) =>
        navigation.LinkTable == RankedLink && navigation.Column == "multi_datastream_id"
            ? alias => $"(SELECT r.rank FROM {RankedLink} r WHERE r.multi_datastream_id = {parent} AND r.observed_property_id = {alias}.id)"
            : null;

    public static RowSet All(EntityDefinition entity) => new(entity, _ => "1=1", Single: false);

    public static RowSet ById(EntityDefinition entity, SqlText sql, long id)
    {
        var parameter = sql.Parameter(id);
        return new(entity, alias => $"{alias}.id = {parameter}", Single: true) { SingleKey = parameter };
    }

    /// <summary>The rows reached from this set through <paramref name="navigation"/>.</summary>
    public RowSet Follow(NavigationDefinition navigation, Func<string> newAlias)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(newAlias);
        var target = SensingEntities.BySetName(navigation.Target)!;
        if (navigation.Kind == NavigationKind.ManyToMany && SingleKey is { } linkKey)
        {
            return new(target, alias => $"{alias}.id IN (SELECT l.{navigation.TargetColumn} FROM {navigation.LinkTable} l WHERE l.{navigation.Column} = {linkKey})", Single: false)
            {
                DefaultOrder = RankOrder(navigation, linkKey),
            };
        }

        if (navigation.Kind == NavigationKind.ToMany && SingleKey is { } key)
        {
            // Datastreams(5)/Observations: a plain equality, so the (datastream, time) index serves filter and order.
            return new(target, alias => $"{alias}.{navigation.Column} = {key}", Single: false);
        }

        var source = this;
        var inner = newAlias();
        var ids = $"SELECT {inner}.id FROM {Entity.Table} {inner} WHERE {source.Condition(inner)}";
        return navigation.Kind switch
        {
            NavigationKind.ToOne => new(target, alias => $"{alias}.id IN (SELECT {inner}.{navigation.Column} FROM {Entity.Table} {inner} WHERE {source.Condition(inner)})", Single: true),
            NavigationKind.ToMany => new(target, alias => $"{alias}.{navigation.Column} IN ({ids})", Single: false),
            _ => new(target, alias => $"{alias}.id IN (SELECT l{inner}.{navigation.TargetColumn} FROM {navigation.LinkTable} l{inner} WHERE l{inner}.{navigation.Column} IN ({ids}))", Single: false),
        };
    }

    /// <summary>The rows related to one known row (used by $expand, where the parent's id is at hand).</summary>
    public static RowSet Related(EntityDefinition parent, NavigationDefinition navigation, SqlText sql, long parentId, object? foreignKey)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(sql);
        var target = SensingEntities.BySetName(navigation.Target)!;
        switch (navigation.Kind)
        {
            case NavigationKind.ToOne:
                var key = sql.Parameter(foreignKey);
                return new(target, alias => $"{alias}.id = {key}", Single: true);
            case NavigationKind.ToMany:
                var id = sql.Parameter(parentId);
                return new(target, alias => $"{alias}.{navigation.Column} = {id}", Single: false);
            default:
                var linkId = sql.Parameter(parentId);
                return new(target, alias => $"{alias}.id IN (SELECT l.{navigation.TargetColumn} FROM {navigation.LinkTable} l WHERE l.{navigation.Column} = {linkId})", Single: false)
                {
                    DefaultOrder = RankOrder(navigation, linkId),
                };
        }
    }
}

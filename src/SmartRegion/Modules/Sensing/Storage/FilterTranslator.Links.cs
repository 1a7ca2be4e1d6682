using SmartRegion.Modules.Sensing.Model;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// Conditions across to-many links. A comparison or boolean function that reads a value through a to-many link
/// (<c>Datastreams/name eq 'x'</c>) holds when it holds for at least one related row: it becomes
/// <c>EXISTS (SELECT 1 FROM … WHERE &lt;links&gt; AND &lt;condition&gt;)</c>, with every link of its paths in the
/// same EXISTS. The smallest enclosing condition takes the links, so <c>and</c>, <c>or</c> and <c>not</c> combine
/// one EXISTS per side.
/// </summary>
internal sealed partial class FilterTranslator
{
    /// <summary>SQLite joins at most 64 tables in one SELECT; no honest condition comes near this.</summary>
    private const int MaxLinkedTables = 32;

    private static readonly HashSet<string> BooleanFunctions = new(StringComparer.Ordinal)
    {
        "substringof", "startswith", "endswith", "st_equals", "st_disjoint", "st_touches", "st_within", "st_overlaps",
        "st_crosses", "st_intersects", "st_contains", "st_relate", "geo.intersects",
    };

    /// <summary>The conditions being translated, innermost on top; each collects the links its paths read through.</summary>
    private readonly Stack<LinkScope> scopes = new();

    /// <summary>
    /// Translates one condition. When its paths read through to-many links, the joined tables go into an EXISTS
    /// around it; otherwise it is returned as it is.
    /// </summary>
    private string Exists(Func<string> condition)
    {
        var scope = new LinkScope();
        scopes.Push(scope);
        string sqlCondition;
        try
        {
            sqlCondition = condition();
        }
        finally
        {
            scopes.Pop();
        }

        return scope.Tables.Count == 0
            ? sqlCondition
            : $"EXISTS (SELECT 1 FROM {string.Join(", ", scope.Tables)} WHERE {string.Join(" AND ", scope.Joins)} AND {sqlCondition})";
    }

    /// <summary>
    /// True when the navigations of <paramref name="path"/> from <paramref name="start"/> on pass a to-many link.
    /// Such a path joins every link up to the last collection; a path of to-one links only stays a scalar subquery.
    /// </summary>
    private static bool ReadsThroughCollection(PropertyPath path, int start, EntityDefinition entity)
    {
        var current = entity;
        for (var i = start; i < path.Segments.Count && current.Navigation(path.Segments[i].Name) is { } navigation; i++)
        {
            if (navigation.IsCollection)
            {
                return true;
            }

            current = SensingEntities.BySetName(navigation.Target)!;
        }

        return false;
    }

    /// <summary>
    /// Adds the rows behind <paramref name="navigation"/> from <paramref name="alias"/> to the innermost condition
    /// and returns their alias. Two paths of one condition through the same link read the same related row
    /// (<c>Datastreams/name eq Datastreams/description</c> asks for one Datastream whose name is its description).
    /// </summary>
    private string Join(PropertyPath path, NavigationDefinition navigation, EntityDefinition target, string alias)
    {
        if (scopes.Count == 0)
        {
            throw Error(path, $"'{path}' reads through the collection '{navigation.Name}' and has many values; it can be used only inside a comparison or a boolean function, which then holds when it holds for at least one of them");
        }

        var scope = scopes.Peek();
        if (scope.Aliases.TryGetValue((alias, navigation.Name), out var known))
        {
            return known;
        }

        var inner = $"t{++aliases}";
        switch (navigation.Kind)
        {
            case NavigationKind.ToOne:
                scope.Tables.Add($"{target.Table} {inner}");
                scope.Joins.Add($"{inner}.id = {alias}.{navigation.Column}");
                break;
            case NavigationKind.ToMany:
                scope.Tables.Add($"{target.Table} {inner}");
                scope.Joins.Add($"{inner}.{navigation.Column} = {alias}.id");
                break;
            default:
                var link = $"l{aliases}";
                scope.Tables.Add($"{navigation.LinkTable} {link}");
                scope.Tables.Add($"{target.Table} {inner}");
                scope.Joins.Add($"{link}.{navigation.Column} = {alias}.id");
                scope.Joins.Add($"{inner}.id = {link}.{navigation.TargetColumn}");
                break;
        }

        if (scope.Tables.Count > MaxLinkedTables)
        {
            throw Error(path, $"the condition reads through more than {MaxLinkedTables} tables; split it into simpler requests");
        }

        scope.Aliases[(alias, navigation.Name)] = inner;
        return inner;
    }

    private static bool IsComparison(BinaryOperator op) =>
        op is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterOrEqual
            or BinaryOperator.LessThan or BinaryOperator.LessOrEqual;

    private static string NotAValue(NavigationDefinition navigation, EntityDefinition target)
    {
        // The first property after the id names the entity best (name, time, phenomenonTime).
        var example = $"{navigation.Name}/{target.Properties[1].Name}";
        return navigation.IsCollection
            ? $"'{navigation.Name}' is a collection of {target.SetName}, not a value; compare one of their properties (for example {example}), which holds when it holds for at least one of them"
            : $"'{navigation.Name}' is an entity, not a value; filter on one of its properties (for example {example})";
    }

    /// <summary>The tables and join conditions one condition reads through, and the alias joined per link.</summary>
    private sealed class LinkScope
    {
        public List<string> Tables { get; } = [];

        public List<string> Joins { get; } = [];

        public Dictionary<(string From, string Navigation), string> Aliases { get; } = [];
    }
}

using SmartRegion.Modules.Sensing.Model;
using SmartRegion.Modules.Sensing.Storage;
using SmartRegion.SensorThings.Paths;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Api;

/// <summary>What a resource path addresses: a set of rows, and possibly one property (with a JSON sub-path) of them.</summary>
internal sealed record ResolvedPath(RowSet Rows, PropertyDefinition? Property, IReadOnlyList<PathSegment> JsonPath, ResourcePath Path);

/// <summary>Checks a parsed resource path against the data model and turns it into a row set.</summary>
internal static class PathResolver
{
    public static ResolvedPath? Resolve(ResourcePath path, SqlText sql, Func<string> newAlias, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        error = null;
        var first = path.Parts[0];
        var entity = SensingEntities.BySetName(first.Name);
        if (entity is null)
        {
            error = $"There is no collection '{first.Name}'. Collections: {string.Join(", ", SensingEntities.All.Select(e => e.SetName))}.";
            return null;
        }

        var rows = first.Key is { } key ? RowSet.ById(entity, sql, key) : RowSet.All(entity);
        for (var i = 1; i < path.Parts.Count; i++)
        {
            var part = path.Parts[i];
            if (rows.Entity.Navigation(part.Name) is { } navigation)
            {
                if (!rows.Single)
                {
                    error = $"'{part.Name}' needs a single {rows.Entity.EntityName} before it (for example {rows.Entity.SetName}(1)/{part.Name}).";
                    return null;
                }

                rows = rows.Follow(navigation, newAlias);
                if (part.Key is { } navigationKey)
                {
                    if (!navigation.IsCollection)
                    {
                        error = $"'{part.Name}' is a single entity and takes no key.";
                        return null;
                    }

                    var condition = rows.Condition;
                    var parameter = sql.Parameter(navigationKey);
                    rows = rows with { Condition = alias => $"{condition(alias)} AND {alias}.id = {parameter}", Single = true };
                }

                continue;
            }

            var property = part.Name is "id" ? null : rows.Entity.Property(part.Name);
            if (property is null || part.Key is not null || !rows.Single)
            {
                error = $"{rows.Entity.EntityName} has no navigation or property '{part.Name}' here.";
                return null;
            }

            var jsonPath = path.Parts.Skip(i + 1).SelectMany(p => JsonSegments(p.Name)).ToList();
            if (jsonPath.Count > 0 && property.Kind != PropertyKind.Json)
            {
                error = $"'{property.Name}' has no members.";
                return null;
            }

            return new ResolvedPath(rows, property, jsonPath, path);
        }

        return new ResolvedPath(rows, null, [], path);
    }

    /// <summary><c>list[0][1]</c> is the member <c>list</c>, then index 0, then index 1.</summary>
    private static IEnumerable<PathSegment> JsonSegments(string name)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        yield return new PathSegment(open < 0 ? name : name[..open]);
        while (open >= 0)
        {
            var close = name.IndexOf(']', open);
            if (close < 0 || !int.TryParse(name.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                yield break;
            }

            yield return new PathSegment("", index);
            open = name.IndexOf('[', close);
        }
    }
}

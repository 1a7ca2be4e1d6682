using SmartRegion.Modules.Sensing.Model;
using SmartRegion.SensorThings.Query;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>
/// Checks $select and $expand names against the data model before anything runs, so that a wrong name is an error
/// even when no row would have been expanded.
/// </summary>
internal static class OptionsCheck
{
    public static void Validate(EntityDefinition entity, QueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var path in options.Select ?? [])
        {
            var name = path.Segments[0].Name;
            if (path.Segments.Count > 1 || (name != "id" && name != "@iot.selfLink" && entity.Property(name) is null && entity.Navigation(name) is null))
            {
                throw new QueryParseException("$select", path.Position, $"{entity.EntityName} has no property '{path}'; it has {Names(entity)}");
            }
        }

        foreach (var item in options.Expand)
        {
            var current = entity;
            foreach (var segment in item.Path)
            {
                var navigation = current.Navigation(segment)
                    ?? throw new QueryParseException("$expand", 0, $"{current.EntityName} has no navigation property '{segment}'; it has {string.Join(", ", current.Navigations.Select(n => n.Name))}");
                current = SensingEntities.BySetName(navigation.Target)!;
            }

            Validate(current, item.Options);
        }
    }

    private static string Names(EntityDefinition entity) =>
        string.Join(", ", entity.Properties.Select(p => p.Name).Concat(entity.Navigations.Select(n => n.Name)));
}

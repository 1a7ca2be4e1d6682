using SmartRegion.Modules.Sensing.Model;

namespace SmartRegion.Modules.Sensing.Storage;

/// <summary>The columns read for an entity: every property's columns, then the foreign keys of its to-one links.</summary>
internal sealed class EntityColumns
{
    private static readonly Dictionary<string, EntityColumns> Cache = SensingEntities.All.ToDictionary(e => e.SetName, e => new EntityColumns(e));

    private EntityColumns(EntityDefinition entity)
    {
        var names = new List<string>();
        foreach (var property in entity.Properties)
        {
            switch (property.Kind)
            {
                case PropertyKind.TimeOrInterval or PropertyKind.Interval:
                    names.Add(property.Column + "_start");
                    names.Add(property.Column + "_end");
                    break;
                case PropertyKind.Result:
                    names.Add("result_json");
                    break;
                default:
                    names.Add(property.Column);
                    break;
            }
        }

        names.AddRange(entity.Navigations.Where(n => n.Kind == NavigationKind.ToOne).Select(n => n.Column));
        Names = names;
        Index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
    }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    public static EntityColumns For(EntityDefinition entity) => Cache[entity.SetName];

    public string SelectList(string alias) => string.Join(", ", Names.Select(n => $"{alias}.{n}"));
}

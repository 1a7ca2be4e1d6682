namespace SmartRegion.Modules.Sensing.Model;

/// <summary>How a property is stored and how it reads and writes in JSON.</summary>
public enum PropertyKind
{
    /// <summary>The bigint <c>id</c> column, shown as <c>@iot.id</c>.</summary>
    Id,

    /// <summary>A text column holding a JSON string value.</summary>
    Text,

    /// <summary>A text column holding a JSON object or array (properties, unitOfMeasurement, parameters …).</summary>
    Json,

    /// <summary>A text column holding a GeoJSON geometry or feature, with bounding-box columns beside it.</summary>
    GeoJson,

    /// <summary>A bigint column of microseconds since 1970 UTC, shown as an ISO 8601 instant.</summary>
    Instant,

    /// <summary>Two bigint columns <c>X_start</c>, <c>X_end</c>: an ISO 8601 interval, or an instant when the end is empty.</summary>
    TimeOrInterval,

    /// <summary>Two bigint columns: always an interval (validTime), or null.</summary>
    Interval,

    /// <summary>An Observation's result: raw JSON text plus typed columns for filtering and ordering.</summary>
    Result,
}

/// <param name="Name">The name in the JSON form and in query options.</param>
/// <param name="Column">The column, or the column stem for time intervals (<c>phenomenon_time</c>).</param>
/// <param name="Required">Must be given when the entity is created.</param>
/// <param name="ReadOnly">Computed by the server (observedArea, the Datastream's time spans).</param>
public sealed record PropertyDefinition(string Name, string Column, PropertyKind Kind, bool Required = false, bool ReadOnly = false);

public enum NavigationKind
{
    /// <summary>This entity's table holds the foreign key (<see cref="NavigationDefinition.Column"/>).</summary>
    ToOne,

    /// <summary>The target's table holds the foreign key (<see cref="NavigationDefinition.Column"/>) to this entity.</summary>
    ToMany,

    /// <summary>A link table (<see cref="NavigationDefinition.LinkTable"/>) joins this entity's id (<see cref="NavigationDefinition.Column"/>) to the target's (<see cref="NavigationDefinition.TargetColumn"/>).</summary>
    ManyToMany,
}

/// <param name="Required">For ToOne: the entity cannot exist without it (a Datastream needs a Thing).</param>
public sealed record NavigationDefinition(
    string Name,
    string Target,
    NavigationKind Kind,
    string Column,
    string? LinkTable = null,
    string? TargetColumn = null,
    bool Required = false)
{
    public bool IsCollection => Kind != NavigationKind.ToOne;
}

/// <param name="SetName">The collection's name in URLs (<c>Things</c>).</param>
/// <param name="EntityName">The single entity's name, used by navigation properties (<c>Thing</c>).</param>
public sealed record EntityDefinition(
    string SetName,
    string EntityName,
    string Table,
    IReadOnlyList<PropertyDefinition> Properties,
    IReadOnlyList<NavigationDefinition> Navigations)
{
    public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);

    public NavigationDefinition? Navigation(string name) => Navigations.FirstOrDefault(n => n.Name == name);
}

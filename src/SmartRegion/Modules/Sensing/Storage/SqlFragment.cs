namespace SmartRegion.Modules.Sensing.Storage;

internal enum SqlType
{
    Unknown,
    Number,
    Text,
    Boolean,
    Time,

    /// <summary>A calendar day: the microseconds of its first instant (midnight UTC), so it orders like a point in time.</summary>
    Date,

    /// <summary>A time on the clock: microseconds since midnight.</summary>
    TimeOfDay,

    Geometry,

    /// <summary>A value whose type is only known at run time (a JSON member, an Observation's result).</summary>
    Dynamic,
}

/// <summary>
/// A piece of SQL with the type it yields. A dynamic value carries one SQL form per type it can be compared as;
/// the other side of the comparison decides which one is used.
/// </summary>
/// <param name="End">For a time interval: the SQL of its end, while <paramref name="Sql"/> is its start.</param>
internal sealed record SqlFragment(string Sql, SqlType Type, string? AsNumber = null, string? AsText = null, string? AsBoolean = null, string? End = null)
{
    /// <summary>For a geometry: true when it is WKT text (a literal), false when it is stored GeoJSON.</summary>
    public bool IsWkt { get; init; }

    /// <summary>The SQL for comparing against a value of <paramref name="type"/>.</summary>
    public string For(SqlType type) => Type != SqlType.Dynamic
        ? Sql
        : type switch
        {
            SqlType.Number => AsNumber ?? Sql,
            SqlType.Boolean => AsBoolean ?? Sql,
            _ => AsText ?? Sql,
        };
}

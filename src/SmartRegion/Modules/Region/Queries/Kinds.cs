namespace SmartRegion.Modules.Region.Queries;

/// <summary>The levels of the German administrative hierarchy the platform knows.</summary>
public enum AreaKind
{
    Region,
    District,
    IndependentCity,
    Amt,
    Municipality,
    Neighbourhood,
}

public enum FieldKind
{
    /// <summary>Innovationsfeld of the strategy.</summary>
    Innovation,

    /// <summary>Handlungsfeld of the strategy.</summary>
    Action,
}

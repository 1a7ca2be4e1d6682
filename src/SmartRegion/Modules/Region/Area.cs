using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Region;

/// <summary>A place of the region: the region itself, a Kreis or kreisfreie Stadt, a Gemeinde or Amt, a Stadtteil.</summary>
public sealed class Area
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    /// <summary>Ids from the root down to this area, as <c>/1/4/17/</c>: "is X within Y" is a prefix test.</summary>
    public string Path { get; set; } = "/";

    public AreaKind Kind { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Amtlicher Gemeindeschlüssel (8 digits; a Kreis has its 5-digit key).</summary>
    public string? Ags { get; set; }

    /// <summary>Amtlicher Regionalschlüssel (12 digits).</summary>
    public string? Ars { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>True where the representative point is an estimate rather than an official coordinate.</summary>
    public bool PointApproximate { get; set; }

    /// <summary>GeoJSON Polygon or MultiPolygon, as imported.</summary>
    public string? BoundaryGeoJson { get; set; }

    public double? MinLongitude { get; set; }

    public double? MinLatitude { get; set; }

    public double? MaxLongitude { get; set; }

    public double? MaxLatitude { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public DateTime? UpdatedAt { get; set; }
}

/// <summary>An innovation or action field. Data, not code, so another region configures its own.</summary>
public sealed class Field
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public FieldKind Kind { get; set; }

    public int SortOrder { get; set; }

    public string NameDe { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string DescriptionDe { get; set; } = "";

    public string DescriptionEn { get; set; } = "";
}

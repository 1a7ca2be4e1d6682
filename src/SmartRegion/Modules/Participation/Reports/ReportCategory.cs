namespace SmartRegion.Modules.Participation.Reports;

/// <summary>What can be reported, in both languages; an Open311 service. Data, so a region configures its own.</summary>
public sealed class ReportCategory
{
    public int Id { get; set; }

    /// <summary>Stable code clients send as Open311 <c>service_code</c>.</summary>
    public string ServiceCode { get; set; } = "";

    public string NameDe { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string DescriptionDe { get; set; } = "";

    public string DescriptionEn { get; set; } = "";

    public string GroupDe { get; set; } = "";

    public string GroupEn { get; set; } = "";

    /// <summary>Comma-separated search words, as Open311 lists them.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>Who deals with a new report of this kind until the staff say otherwise.</summary>
    public string? DefaultAgency { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public string Name(bool english) => english ? NameEn : NameDe;

    public string Description(bool english) => english ? DescriptionEn : DescriptionDe;

    public string Group(bool english) => english ? GroupEn : GroupDe;
}

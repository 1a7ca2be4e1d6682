namespace SmartRegion.Modules.Participation.Reports;

/// <summary>Times are stored in UTC; people and Open311 clients read them in the region's own time zone.</summary>
public static class BerlinTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset From(DateTime utc)
    {
        var asUtc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(asUtc).ToOffset(Zone.GetUtcOffset(asUtc));
    }
}

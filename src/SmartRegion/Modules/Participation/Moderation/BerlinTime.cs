using System.Globalization;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Times are stored in UTC and shown as the clocks in the KielRegion show them.</summary>
public static class BerlinTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Date and time in the interface language's usual form, e.g. 03.05.2026, 14:05.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The value of a <c>datetime</c> attribute, with the offset, for machines and screen readers.</summary>
    public static string Machine(DateTime utc)
    {
        var local = FromUtc(utc);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The end of a day chosen in a date field (midnight after it, Berlin time) in UTC.</summary>
    public static DateTime EndOfDayToUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}

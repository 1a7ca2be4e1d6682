using System.Globalization;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>Times are stored in UTC and shown as people in the region read their clocks.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime InBerlin(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    /// <summary>Date and time in the current culture's short form, e.g. 26.11.2026 13:05.</summary>
    public static string Format(DateTime utc) => InBerlin(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => InBerlin(utc).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>For the <c>datetime</c> attribute of a <c>time</c> element.</summary>
    public static string Machine(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

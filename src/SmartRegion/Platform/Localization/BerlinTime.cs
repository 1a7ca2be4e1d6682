using System.Globalization;

namespace SmartRegion.Platform.Localization;

/// <summary>
/// Times are stored in UTC and shown as the region's wall-clock time. Forms take the wall-clock time of a
/// <c>datetime-local</c> field (<c>2026-05-04T18:00</c>) or a date and a time and turn it into UTC here; the
/// conversions follow the time zone rules, so 10:00 stays 10:00 on either side of a daylight saving change.
/// </summary>
public static class BerlinTime
{
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    public const string ZoneId = "Europe/Berlin";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>Why a wall-clock time was refused.</summary>
    public enum Refusal
    {
        None,
        Unreadable,

        /// <summary>The hour skipped when the clocks go forward in spring.</summary>
        DoesNotExist,
    }

    /// <summary>Reads a <c>datetime-local</c> value (seconds allowed) as Berlin time.</summary>
    public static Refusal TryParseLocal(string? value, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(value)
            || !DateTime.TryParseExact(value.Trim(), [InputFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Refusal.Unreadable;
        }

        if (Zone.IsInvalidTime(local))
        {
            return Refusal.DoesNotExist;
        }

        // In the autumn hour that happens twice the earlier (summer-time) one is meant, as people read a timetable.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        return Refusal.None;
    }

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The value for a <c>datetime-local</c> field.</summary>
    public static string ToInput(DateTime utc) => ToLocal(utc).ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>Date and time for reading, in the interface language (for example "4. Mai 2026, 18:00").</summary>
    public static string Format(DateTime utc)
    {
        var local = ToLocal(utc);
        var culture = CultureInfo.CurrentCulture;
        return culture.TwoLetterISOLanguageName == "en"
            ? local.ToString("d MMMM yyyy, HH:mm", culture)
            : local.ToString("d. MMMM yyyy, HH:mm 'Uhr'", culture);
    }

    /// <summary>A machine-readable value for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Machine(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>Date and time in the interface language's short form, e.g. 03.05.2026 14:05.</summary>
    public static string FormatShort(DateTime utc) => ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The moment with Berlin's offset of that day, as Open311 clients and iCalendar readers expect it.</summary>
    public static DateTimeOffset WithOffset(DateTime utc)
    {
        var asUtc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(asUtc).ToOffset(Zone.GetUtcOffset(asUtc));
    }

    /// <summary>
    /// The UTC moment of a wall-clock time. A time that does not exist (the hour skipped in spring) is moved
    /// forward by that hour, as a clock on the wall would show it; the repeated hour in autumn counts as the first.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = new DateTime(date, time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        if (Zone.IsAmbiguousTime(local))
        {
            var summerOffset = Zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - summerOffset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>Midnight in Berlin at the start of <paramref name="date"/>, in UTC.</summary>
    public static DateTime StartOfDay(DateOnly date) => ToUtc(date, TimeOnly.MinValue);

    /// <summary>The end of a day chosen in a date field (midnight after it, Berlin time) in UTC.</summary>
    public static DateTime EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
    }
}

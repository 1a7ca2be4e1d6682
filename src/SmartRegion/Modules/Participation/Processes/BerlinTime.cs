using System.Globalization;

namespace SmartRegion.Modules.Participation.Processes;

/// <summary>
/// Times are stored in UTC and shown as the region's wall-clock time. Forms take the wall-clock time of a
/// <c>datetime-local</c> field (<c>2026-05-04T18:00</c>) and turn it into UTC here.
/// </summary>
public static class BerlinTime
{
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

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
}

namespace SmartRegion.Modules.Participation.Events;

/// <summary>
/// Events are stored in UTC and entered and shown as wall-clock time in the region. Conversions go through
/// the time zone rules, so an event at 10:00 stays at 10:00 on either side of a daylight saving change.
/// </summary>
public static class BerlinTime
{
    public const string ZoneId = "Europe/Berlin";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

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

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The first local day of an event.</summary>
    public static DateOnly FirstDay(NeighbourhoodEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return DateOnly.FromDateTime(ToLocal(item.StartsAt));
    }

    /// <summary>The last local day an event takes place on (an end at midnight belongs to the day before).</summary>
    public static DateOnly LastDay(NeighbourhoodEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var end = ToLocal(item.EndsAt);
        var last = DateOnly.FromDateTime(end);
        return end.TimeOfDay == TimeSpan.Zero && item.EndsAt > item.StartsAt ? last.AddDays(-1) : last;
    }
}

using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>The local days an event covers, for the list and the month view.</summary>
public static class EventDays
{
    /// <summary>The first local day of an event.</summary>
    public static DateOnly FirstDay(NeighbourhoodEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return DateOnly.FromDateTime(BerlinTime.ToLocal(item.StartsAt));
    }

    /// <summary>The last local day an event takes place on (an end at midnight belongs to the day before).</summary>
    public static DateOnly LastDay(NeighbourhoodEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var end = BerlinTime.ToLocal(item.EndsAt);
        var last = DateOnly.FromDateTime(end);
        return end.TimeOfDay == TimeSpan.Zero && item.EndsAt > item.StartsAt ? last.AddDays(-1) : last;
    }
}

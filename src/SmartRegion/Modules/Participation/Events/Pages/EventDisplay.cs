using System.Globalization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>How the pages write an event's dates and times: in Berlin time, in the interface language.</summary>
public static class EventDisplay
{
    public static string Day(DateOnly day) => day.ToString("dddd, d. MMMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDay(DateOnly day) => day.ToString("ddd, d. MMM yyyy", CultureInfo.CurrentCulture);

    public static string Time(DateTime utc) => BerlinTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>For example "Samstag, 27. März 2027, 10:00–12:00" or "27. März 2027 – 29. März 2027" for a multi-day event.</summary>
    public static string When(NeighbourhoodEvent item, string allDayText)
    {
        ArgumentNullException.ThrowIfNull(item);
        var first = EventDays.FirstDay(item);
        var last = EventDays.LastDay(item);
        if (item.AllDay)
        {
            return first == last ? $"{Day(first)} ({allDayText})" : $"{Day(first)} – {Day(last)} ({allDayText})";
        }

        return first == last
            ? $"{Day(first)}, {Time(item.StartsAt)}–{Time(item.EndsAt)}"
            : $"{Day(first)}, {Time(item.StartsAt)} – {Day(last)}, {Time(item.EndsAt)}";
    }

    /// <summary>The time of the event on one of its days, for the day lists and the month table.</summary>
    public static string TimeOn(NeighbourhoodEvent item, DateOnly day, string allDayText)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.AllDay || (EventDays.FirstDay(item) < day && EventDays.LastDay(item) > day))
        {
            return allDayText;
        }

        var from = EventDays.FirstDay(item) == day ? Time(item.StartsAt) : "00:00";
        var to = EventDays.LastDay(item) == day ? Time(item.EndsAt) : "24:00";
        return $"{from}–{to}";
    }

    /// <summary>ISO 8601 for a <c>&lt;time datetime&gt;</c> attribute, with the Berlin offset of that moment.</summary>
    public static string Machine(DateTime utc)
    {
        var local = BerlinTime.ToLocal(utc);
        var offset = BerlinTime.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The text key naming a status, for lists and notices.</summary>
    public static string StatusKey(EventStatus status) => status switch
    {
        EventStatus.Approved => "Events.Status.Approved",
        EventStatus.Rejected => "Events.Status.Rejected",
        _ => "Events.Status.Pending",
    };

    /// <summary>The text key explaining who sees an event in that status.</summary>
    public static string StatusNoteKey(EventStatus status) => status switch
    {
        EventStatus.Approved => "Events.StatusNote.Approved",
        EventStatus.Rejected => "Events.StatusNote.Rejected",
        _ => "Events.StatusNote.Pending",
    };
}

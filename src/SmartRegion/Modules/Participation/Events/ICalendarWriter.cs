using System.Globalization;
using System.Text;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>
/// Writes events as an iCalendar object (RFC 5545) that calendar apps subscribe to. Times are written as
/// wall-clock times with <c>TZID=Europe/Berlin</c> and a matching VTIMEZONE, so an event at 10:00 shows at
/// 10:00 in every app; all-day events are DATE values with an exclusive end.
/// </summary>
public sealed class ICalendarWriter
{
    /// <summary>RFC 5545 §3.1: lines are at most 75 octets, without the line break.</summary>
    public const int MaxLineOctets = 75;

    private readonly StringBuilder output = new();

    public ICalendarWriter(string calendarName)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Smarte KielRegion//SmartRegion Neighbourhood Events//DE");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        Line("X-WR-TIMEZONE:" + BerlinTime.ZoneId);
        WriteBerlinTimeZone();
    }

    /// <summary>Adds one event. <paramref name="url"/> is the absolute address of its page.</summary>
    public void Add(NeighbourhoodEvent item, string url, DateTime stampUtc)
    {
        ArgumentNullException.ThrowIfNull(item);
        Line("BEGIN:VEVENT");
        Line($"UID:{item.Uid:D}@smartregion");
        Line("DTSTAMP:" + UtcStamp(stampUtc));
        Line("LAST-MODIFIED:" + UtcStamp(item.UpdatedAt));
        Line("CREATED:" + UtcStamp(item.CreatedAt));
        Line("SEQUENCE:" + item.Sequence.ToString(CultureInfo.InvariantCulture));
        if (item.AllDay)
        {
            Line("DTSTART;VALUE=DATE:" + EventDays.FirstDay(item).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line("DTEND;VALUE=DATE:" + EventDays.LastDay(item).AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        }
        else
        {
            Line($"DTSTART;TZID={BerlinTime.ZoneId}:" + LocalStamp(item.StartsAt));
            Line($"DTEND;TZID={BerlinTime.ZoneId}:" + LocalStamp(item.EndsAt));
        }

        Line($"SUMMARY;LANGUAGE={item.Language}:" + Escape(item.Title));
        Line($"DESCRIPTION;LANGUAGE={item.Language}:" + Escape(item.Description));
        var location = item.Address is null ? item.PlaceName : $"{item.PlaceName}, {item.Address}";
        Line("LOCATION:" + Escape(location));
        if (item.Latitude is { } latitude && item.Longitude is { } longitude)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"GEO:{latitude:0.######};{longitude:0.######}"));
        }

        if (item.OrganiserName is not null || item.ContactLink is not null)
        {
            var contact = string.Join(", ", new[] { item.OrganiserName, item.ContactLink }.Where(part => part is not null));
            Line("CONTACT:" + Escape(contact));
        }

        Line("URL:" + url);
        Line("STATUS:CONFIRMED");
        Line("END:VEVENT");
    }

    /// <summary>Closes the calendar and returns it; the writer is done afterwards.</summary>
    public string Finish()
    {
        Line("END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': escaped.Append(@"\n"); break;
                default:
                    // Other control characters are not allowed in iCalendar text at all.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// RFC 5545 §3.1: a content line longer than 75 octets continues on lines that start with a space. The split
    /// falls between characters, never inside the UTF-8 bytes of one (a Turkish or Arabic title would otherwise break).
    /// </summary>
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var folded = new StringBuilder(line.Length + 8);
        var octetsOnLine = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var octets = rune.Utf8SequenceLength;
            if (octetsOnLine + octets > MaxLineOctets)
            {
                folded.Append("\r\n ");
                octetsOnLine = 1;
            }

            folded.Append(rune.ToString());
            octetsOnLine += octets;
        }

        return folded.ToString();
    }

    private void Line(string content) => output.Append(Fold(content)).Append("\r\n");

    private void WriteBerlinTimeZone()
    {
        // The rules in force since 1996: summer time from the last Sunday of March, 02:00, to the last Sunday of October, 03:00.
        Line("BEGIN:VTIMEZONE");
        Line("TZID:" + BerlinTime.ZoneId);
        Line("X-LIC-LOCATION:" + BerlinTime.ZoneId);
        Line("BEGIN:DAYLIGHT");
        Line("TZOFFSETFROM:+0100");
        Line("TZOFFSETTO:+0200");
        Line("TZNAME:CEST");
        Line("DTSTART:19700329T020000");
        Line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        Line("END:DAYLIGHT");
        Line("BEGIN:STANDARD");
        Line("TZOFFSETFROM:+0200");
        Line("TZOFFSETTO:+0100");
        Line("TZNAME:CET");
        Line("DTSTART:19701025T030000");
        Line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        Line("END:STANDARD");
        Line("END:VTIMEZONE");
    }

    private static string UtcStamp(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string LocalStamp(DateTime utc) => BerlinTime.ToLocal(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}

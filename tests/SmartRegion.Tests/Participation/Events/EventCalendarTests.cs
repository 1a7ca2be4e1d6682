using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Tests.Infrastructure;

namespace SmartRegion.Tests.Participation.Events;

/// <summary>The calendar views and feeds: Berlin days across daylight saving changes, and RFC 5545 output.</summary>
public abstract partial class EventCalendarTests(SmartRegionApp app)
{
    private readonly EventsTestKit kit = new(app);

    [Fact]
    public async Task MonthView_AcrossSpringChange_PlacesEventsOnTheirBerlinDays()
    {
        var beforeTitle = EventsTestKit.Unique("Vor der Umstellung");
        var afterTitle = EventsTestKit.Unique("Nach der Umstellung");
        var lateTitle = EventsTestKit.Unique("Spät am Abend");
        var before = await kit.ApprovedAsync("kiel-gaarden-ost", beforeTitle, "2027-03-27 10:00", "2027-03-27 12:00");
        var after = await kit.ApprovedAsync("kiel-gaarden-ost", afterTitle, "2027-03-28 10:00", "2027-03-28 12:00");
        await kit.ApprovedAsync("kiel-gaarden-ost", lateTitle, "2027-03-28 23:30", "2027-03-28 23:59");

        var times = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Id == before || e.Id == after).OrderBy(e => e.Id).Select(e => e.StartsAt).ToListAsync());
        Assert.Equal([new DateTime(2027, 3, 27, 9, 0, 0), new DateTime(2027, 3, 28, 8, 0, 0)], times);

        using var anonymous = app.NewSession();
        var html = await anonymous.GetHtmlAsync("/participation/events/month?year=2027&month=3&area=kiel");
        Assert.Contains(beforeTitle, DayCell(html, "2027-03-27"), StringComparison.Ordinal);
        Assert.Contains("10:00–12:00", DayCell(html, "2027-03-27"), StringComparison.Ordinal);
        Assert.Contains(afterTitle, DayCell(html, "2027-03-28"), StringComparison.Ordinal);
        Assert.Contains("10:00–12:00", DayCell(html, "2027-03-28"), StringComparison.Ordinal);
        Assert.Contains(lateTitle, DayCell(html, "2027-03-28"), StringComparison.Ordinal);
        Assert.DoesNotContain(lateTitle, DayCell(html, "2027-03-29"), StringComparison.Ordinal);

        // March 2027 begins on a Monday: the first cell of the first week is the 1st, and the weekday headers start with Monday.
        var headers = HeaderPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"], headers);
        var firstCell = Regex.Match(html, "<tbody[^>]*>\\s*<tr[^>]*>\\s*<td[^>]*data-date=\"([0-9-]+)\"").Groups[1].Value;
        Assert.Equal("2027-03-01", firstCell);
        Assert.Contains("href=\"/participation/events/month?year=2027&amp;month=2&amp;area=kiel\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/participation/events/month?year=2027&amp;month=4&amp;area=kiel\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthView_AcrossAutumnChange_KeepsEveryEventOnItsDay()
    {
        var saturday = EventsTestKit.Unique("Samstag Herbst");
        var sunday = EventsTestKit.Unique("Sonntag Herbst");
        var allDay = EventsTestKit.Unique("Ganztägig Herbst");
        await kit.ApprovedAsync("kiel-gaarden-ost", saturday, "2027-10-30 10:00", "2027-10-30 11:00");
        var sundayId = await kit.ApprovedAsync("kiel-gaarden-ost", sunday, "2027-10-31 10:00", "2027-10-31 11:00");
        await kit.ApprovedAsync("kiel-gaarden-ost", allDay, "2027-10-31", allDay: true, endDate: "2027-11-01");

        Assert.Equal(new DateTime(2027, 10, 31, 9, 0, 0), await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Id == sundayId).Select(e => e.StartsAt).SingleAsync()));
        using var anonymous = app.NewSession();
        var october = await anonymous.GetHtmlAsync("/participation/events/month?year=2027&month=10");
        Assert.Contains(saturday, DayCell(october, "2027-10-30"), StringComparison.Ordinal);
        Assert.Contains(sunday, DayCell(october, "2027-10-31"), StringComparison.Ordinal);
        Assert.DoesNotContain(sunday, DayCell(october, "2027-10-30"), StringComparison.Ordinal);
        Assert.Contains(allDay, DayCell(october, "2027-10-31"), StringComparison.Ordinal);
        Assert.DoesNotContain(allDay, DayCell(october, "2027-10-30"), StringComparison.Ordinal);
        var november = await anonymous.GetHtmlAsync("/participation/events/month?year=2027&month=11");
        Assert.Contains(allDay, DayCell(november, "2027-11-01"), StringComparison.Ordinal);
        Assert.DoesNotContain(allDay, DayCell(november, "2027-11-02"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_LongTurkishAndArabicText_IsFoldedEscapedAndValidUtf8()
    {
        var title = EventsTestKit.Unique("Mahalle şenliği: çocuklar, gençler; yaşlılar ve herkes için büyük bir buluşma – ğüşıöç ĞÜŞİÖÇ");
        var description = "مهرجان الحي، للجميع; مرحبا بكم\\نعم\nZweite Zeile, mit Komma; und Semikolon.\r\nDritte Zeile 🎉 mit Emoji.";
        var id = await kit.ApprovedAsync("kiel-gaarden-ost", title, "2027-07-03 15:00", "2027-07-03 19:00", language: "tr", description: description);
        var allDayTitle = EventsTestKit.Unique("Stadtteilfest");
        await kit.ApprovedAsync("kiel-gaarden-ost", allDayTitle, "2027-07-10", allDay: true, endDate: "2027-07-11");

        using var anonymous = app.NewSession();
        using var response = await anonymous.GetAsync("/participation/events/calendar/kiel-gaarden-ost.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = ICalendarParsing.PhysicalLines(bytes);
        var strict = new UTF8Encoding(false, true);
        foreach (var line in lines)
        {
            Assert.True(line.Length <= 75, $"Line of {line.Length} octets: {Encoding.UTF8.GetString(line)}");
            _ = strict.GetString(line); // throws if a fold split a character's bytes
        }

        var properties = ICalendarParsing.Unfold(lines);
        Assert.Equal("BEGIN:VCALENDAR", properties[0]);
        Assert.Equal("END:VCALENDAR", properties[^1]);
        Assert.Contains("VERSION:2.0", properties);
        Assert.Contains("METHOD:PUBLISH", properties);
        Assert.Contains("CALSCALE:GREGORIAN", properties);
        Assert.Contains(properties, p => p.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains(properties, p => p.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal) && p.Contains("Gaarden", StringComparison.Ordinal));
        Assert.Contains("TZID:Europe/Berlin", properties);

        var uid = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Id == id).Select(e => e.Uid).SingleAsync());
        var vevent = ICalendarParsing.Event(properties, $"UID:{uid:D}@smartregion");
        Assert.Equal(title, ICalendarParsing.Unescape(ICalendarParsing.Value(vevent, "SUMMARY;LANGUAGE=tr")));
        Assert.Equal(description.Replace("\r\n", "\n", StringComparison.Ordinal), ICalendarParsing.Unescape(ICalendarParsing.Value(vevent, "DESCRIPTION;LANGUAGE=tr")));
        Assert.Contains(@"\,", ICalendarParsing.Value(vevent, "SUMMARY;LANGUAGE=tr"), StringComparison.Ordinal);
        Assert.Contains(@"\;", ICalendarParsing.Value(vevent, "SUMMARY;LANGUAGE=tr"), StringComparison.Ordinal);
        Assert.Contains(@"\\", ICalendarParsing.Value(vevent, "DESCRIPTION;LANGUAGE=tr"), StringComparison.Ordinal);
        Assert.Equal("20270703T150000", ICalendarParsing.Value(vevent, "DTSTART;TZID=Europe/Berlin"));
        Assert.Equal("20270703T190000", ICalendarParsing.Value(vevent, "DTEND;TZID=Europe/Berlin"));
        Assert.Equal("54.3133;10.1536", ICalendarParsing.Value(vevent, "GEO"));
        Assert.Equal(@"Vinetaplatz\, Vinetaplatz 1\, 24143 Kiel", ICalendarParsing.Value(vevent, "LOCATION"));
        Assert.Equal("0", ICalendarParsing.Value(vevent, "SEQUENCE"));
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", ICalendarParsing.Value(vevent, "DTSTAMP"));
        Assert.EndsWith($"/participation/events/{id}", ICalendarParsing.Value(vevent, "URL"), StringComparison.Ordinal);

        var allDayUid = await app.QueryAsync(db => db.Set<NeighbourhoodEvent>().Where(e => e.Title == allDayTitle).Select(e => e.Uid).SingleAsync());
        var allDayEvent = ICalendarParsing.Event(properties, $"UID:{allDayUid:D}@smartregion");
        Assert.Equal("20270710", ICalendarParsing.Value(allDayEvent, "DTSTART;VALUE=DATE"));
        Assert.Equal("20270712", ICalendarParsing.Value(allDayEvent, "DTEND;VALUE=DATE"));

        using var single = await anonymous.GetAsync($"/participation/events/{id}.ics");
        var singleProperties = ICalendarParsing.Unfold(ICalendarParsing.PhysicalLines(await single.Content.ReadAsByteArrayAsync()));
        Assert.Equal(1, singleProperties.Count(p => p == "BEGIN:VEVENT"));
        Assert.Contains($"UID:{uid:D}@smartregion", singleProperties);
        await anonymous.GetHtmlAsync("/participation/events/calendar/nirgendwo.ics", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EventPage_InArabic_IsMarkedRightToLeft()
    {
        var title = EventsTestKit.Unique("لقاء الجيران في الحديقة");
        var id = await kit.ApprovedAsync("kiel-gaarden-ost", title, "2027-08-14 17:00", "2027-08-14 19:00", language: "ar", description: "أهلا وسهلا بالجميع");
        using var anonymous = app.NewSession();

        var html = await anonymous.GetHtmlAsync($"/participation/events/{id}");

        Assert.Matches($"<article[^>]*lang=\"ar\" dir=\"rtl\"[^>]*>\\s*<div[^>]*>\\s*<div[^>]*lang=\"ar\" dir=\"rtl\"[^>]*>\\s*<h1[^>]*>{Regex.Escape(title)}</h1>", html);
        Assert.Contains("<html lang=\"de\" dir=\"ltr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListApi_FiltersByAreaBelowAndLanguage()
    {
        var turkish = EventsTestKit.Unique("Çay saati");
        var german = EventsTestKit.Unique("Teestunde");
        await kit.ApprovedAsync("kiel-gaarden-ost", turkish, "2027-09-04 16:00", "2027-09-04 17:00", language: "tr");
        await kit.ApprovedAsync("preetz", german, "2027-09-04 16:00", "2027-09-04 17:00");
        using var anonymous = app.NewSession();

        var kielTurkish = await anonymous.GetHtmlAsync("/api/participation/events?area=kiel&language=tr&from=2027-09-04&to=2027-09-04");
        var ploen = await anonymous.GetHtmlAsync("/api/participation/events?area=ploen&from=2027-09-04&to=2027-09-04");

        Assert.Contains(turkish, kielTurkish, StringComparison.Ordinal);
        Assert.DoesNotContain(german, kielTurkish, StringComparison.Ordinal);
        Assert.Contains(german, ploen, StringComparison.Ordinal);
        Assert.DoesNotContain(turkish, ploen, StringComparison.Ordinal);
        var item = JsonDocument.Parse(kielTurkish).RootElement.EnumerateArray().Single(e => e.GetProperty("title").GetString() == turkish);
        Assert.Equal(("kiel-gaarden-ost", "approved", "2027-09-04"), (item.GetProperty("area").GetString(), item.GetProperty("status").GetString(), item.GetProperty("firstDay").GetString()));
        Assert.Equal("2027-09-04T14:00:00Z", item.GetProperty("startsAt").GetString());
        Assert.Contains(turkish, await anonymous.GetHtmlAsync("/participation/events?area=kiel&language=tr"), StringComparison.Ordinal);
        await anonymous.GetHtmlAsync("/api/participation/events?area=nirgendwo", HttpStatusCode.BadRequest);
        await anonymous.GetHtmlAsync("/api/participation/events?language=xx", HttpStatusCode.BadRequest);
    }

    /// <summary>The content of the month table's cell for one day.</summary>
    private static string DayCell(string html, string date)
    {
        var match = Regex.Match(html, $"<td[^>]*data-date=\"{date}\"[^>]*>(.*?)</td>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No cell for {date}.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<th scope=\"col\" class=\"kern-table__cell\" abbr=\"([^\"]+)\">")]
    private static partial Regex HeaderPattern();
}

public sealed class EventCalendarTestsOnSqlite(SqliteApp app) : EventCalendarTests(app), IClassFixture<SqliteApp>;

public sealed class EventCalendarTestsOnPostgres(PostgresApp app) : EventCalendarTests(app), IClassFixture<PostgresApp>;

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>
/// One month as a table, Monday first. Days are Berlin days: an event is placed on the days its local start and
/// end span, so the hour lost or gained at a daylight saving change never moves it to a neighbouring day.
/// </summary>
public sealed class MonthModel(EventCatalog catalog, RegionDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public DateOnly FirstDay { get; private set; }

    public List<AreaChoice> Areas { get; private set; } = [];

    /// <summary>Weeks of seven cells; null for the days of the neighbouring months.</summary>
    public List<DateOnly?[]> Weeks { get; private set; } = [];

    public Dictionary<DateOnly, List<NeighbourhoodEvent>> EventsByDay { get; private set; } = [];

    public string InterfaceLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = BerlinTime.Today(clock);
        FirstDay = Year is >= 2000 and <= 2200 && Month is >= 1 and <= 12
            ? new DateOnly(Year.Value, Month.Value, 1)
            : new DateOnly(Today.Year, Today.Month, 1);
        var nextMonth = FirstDay.AddMonths(1);
        Areas = await directory.ChoicesAsync(cancellationToken);
        var scope = await catalog.AreaScopeAsync(Area, cancellationToken);
        Area = scope?.Area.Slug;

        var events = await catalog.PublicAsync(scope?.AreaIds, BerlinTime.StartOfDay(FirstDay), BerlinTime.StartOfDay(nextMonth), null, 1000, cancellationToken);
        foreach (var item in events)
        {
            var from = Max(EventDays.FirstDay(item), FirstDay);
            var to = Min(EventDays.LastDay(item), nextMonth.AddDays(-1));
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (!EventsByDay.TryGetValue(day, out var list))
                {
                    EventsByDay[day] = list = [];
                }

                list.Add(item);
            }
        }

        var leadingBlanks = ((int)FirstDay.DayOfWeek + 6) % 7;
        var cells = Enumerable.Repeat<DateOnly?>(null, leadingBlanks)
            .Concat(Enumerable.Range(0, nextMonth.DayNumber - FirstDay.DayNumber).Select(offset => (DateOnly?)FirstDay.AddDays(offset)))
            .ToList();
        while (cells.Count % 7 != 0)
        {
            cells.Add(null);
        }

        Weeks = [.. cells.Chunk(7)];
    }

    /// <summary>Monday to Sunday in the interface language: (abbreviation, full name).</summary>
    public static IEnumerable<(string Short, string Full)> Weekdays()
    {
        var names = CultureInfo.CurrentCulture.DateTimeFormat;
        return Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7)).Select(d => (names.GetAbbreviatedDayName(d), names.GetDayName(d)));
    }

    public string MonthLink(DateOnly month) =>
        $"/participation/events/month?year={month.Year.ToString(CultureInfo.InvariantCulture)}&month={month.Month.ToString(CultureInfo.InvariantCulture)}"
        + (Area is null ? "" : "&area=" + Uri.EscapeDataString(Area));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

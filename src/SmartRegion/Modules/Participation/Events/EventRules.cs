using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>
/// The rules an event must meet beyond single fields: a chosen area, a known language, an end after the start,
/// a start not in the past, a contact link people can open. Pages and the API ask the same rules.
/// </summary>
public static class EventRules
{
    /// <summary>Checks the rules that span fields; each problem is named by the property it belongs to.</summary>
    public static List<(string Field, string Message)> Check(
        EventInput input, bool areaExists, DateTime nowUtc, IStringLocalizer<SharedTexts> texts, out EventSchedule? schedule)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<(string, string)>();
        schedule = null;
        if (input.AreaId is null || !areaExists)
        {
            problems.Add((nameof(EventInput.AreaId), texts["Events.Error.AreaRequired"]));
        }

        if (!ContentLanguage.IsKnown(input.Language))
        {
            problems.Add((nameof(EventInput.Language), texts["Events.Error.Language"]));
        }

        if (!string.IsNullOrWhiteSpace(input.ContactLink) && !IsContactLink(input.ContactLink.Trim()))
        {
            problems.Add((nameof(EventInput.ContactLink), texts["Events.Error.ContactLink"]));
        }

        if ((input.Latitude is null) != (input.Longitude is null))
        {
            problems.Add((nameof(EventInput.Latitude), texts["Events.Error.PointIncomplete"]));
        }

        if (input.StartDate is not { } startDate)
        {
            return problems;
        }

        if (!input.AllDay && input.StartTime is null)
        {
            problems.Add((nameof(EventInput.StartTime), texts["Events.Error.StartTimeRequired"]));
            return problems;
        }

        var endDate = input.EndDate ?? startDate;
        DateTime startsAt, endsAt;
        if (input.AllDay)
        {
            startsAt = BerlinTime.StartOfDay(startDate);
            endsAt = BerlinTime.StartOfDay(endDate.AddDays(1));
        }
        else
        {
            if (input.EndTime is null)
            {
                problems.Add((nameof(EventInput.EndTime), texts["Events.Error.EndTimeRequired"]));
                return problems;
            }

            startsAt = BerlinTime.ToUtc(startDate, input.StartTime!.Value);
            endsAt = BerlinTime.ToUtc(endDate, input.EndTime.Value);
        }

        var startIsPast = input.AllDay ? startDate < DateOnly.FromDateTime(BerlinTime.ToLocal(nowUtc)) : startsAt < nowUtc;
        if (startIsPast)
        {
            problems.Add((nameof(EventInput.StartDate), texts["Events.Error.StartInPast"]));
        }

        if (endsAt <= startsAt)
        {
            problems.Add((input.AllDay || endDate < startDate ? nameof(EventInput.EndDate) : nameof(EventInput.EndTime), texts["Events.Error.EndBeforeStart"]));
        }
        else if (endsAt - startsAt > TimeSpan.FromDays(31))
        {
            problems.Add((nameof(EventInput.EndDate), texts["Events.Error.TooLong"]));
        }

        if (problems.Count == 0)
        {
            schedule = new EventSchedule(startsAt, endsAt, input.AllDay);
        }

        return problems;
    }

    public static bool IsContactLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || (uri.Scheme == Uri.UriSchemeMailto && link.Contains('@', StringComparison.Ordinal)));
}

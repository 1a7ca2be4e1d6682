using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>The rules hackathon forms must meet; pages and the API ask the same rules, and each problem names its field.</summary>
public static class HackathonRules
{
    /// <summary>Rules across fields: times readable and in order, a place unless online, sensible team sizes, known fields.</summary>
    public static List<(string Field, string Message)> Check(
        HackathonInput input, int? areaId, IReadOnlySet<string> knownFields, IStringLocalizer<SharedTexts> texts, out HackathonSchedule? schedule)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(knownFields);
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<(string, string)>();
        schedule = null;
        if (areaId is null)
        {
            problems.Add((nameof(HackathonInput.Area), texts["Hackathons.Error.Area"]));
        }

        if (!input.IsOnline && string.IsNullOrWhiteSpace(input.PlaceName))
        {
            problems.Add((nameof(HackathonInput.PlaceName), texts["Hackathons.Error.PlaceOrOnline"]));
        }

        if (input.Fields.Any(f => !knownFields.Contains(f)))
        {
            problems.Add((nameof(HackathonInput.Fields), texts["Hackathons.Error.UnknownField"]));
        }

        if (input.TeamSizeMin is { } min && (min < 1 || min > HackathonsModel.MaxTeamSize))
        {
            problems.Add((nameof(HackathonInput.TeamSizeMin), texts["Hackathons.Error.TeamSize", HackathonsModel.MaxTeamSize]));
        }
        else if (input.TeamSizeMax is { } max && (max < (input.TeamSizeMin ?? 1) || max > HackathonsModel.MaxTeamSize))
        {
            problems.Add((nameof(HackathonInput.TeamSizeMax), texts["Hackathons.Error.TeamSizeMax", HackathonsModel.MaxTeamSize]));
        }

        var starts = Time(input.StartsAt, nameof(HackathonInput.StartsAt), problems, texts);
        var ends = Time(input.EndsAt, nameof(HackathonInput.EndsAt), problems, texts);
        var deadline = Time(input.SubmissionDeadline, nameof(HackathonInput.SubmissionDeadline), problems, texts);
        if (starts is { } s && ends is { } e && e <= s)
        {
            problems.Add((nameof(HackathonInput.EndsAt), texts["Hackathons.Error.EndBeforeStart"]));
        }
        else if (starts is { } s2 && ends is { } e2 && deadline is { } d && (d <= s2 || d > e2))
        {
            problems.Add((nameof(HackathonInput.SubmissionDeadline), texts["Hackathons.Error.DeadlineOutside"]));
        }

        if (problems.Count == 0)
        {
            schedule = new HackathonSchedule(areaId!.Value, starts!.Value, ends!.Value, deadline!.Value);
        }

        return problems;
    }

    /// <summary>A link people can open in a browser: absolute http or https only.</summary>
    public static bool IsWebLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    public static List<(string Field, string Message)> CheckSubmission(SubmissionInput input, IStringLocalizer<SharedTexts> texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = AttributeRules.Check(input, texts);
        if (!string.IsNullOrWhiteSpace(input.RepositoryUrl) && !IsWebLink(input.RepositoryUrl))
        {
            problems.Add((nameof(SubmissionInput.RepositoryUrl), texts["Hackathons.Error.WebLink"]));
        }

        if (!string.IsNullOrWhiteSpace(input.DemoUrl) && !IsWebLink(input.DemoUrl))
        {
            problems.Add((nameof(SubmissionInput.DemoUrl), texts["Hackathons.Error.WebLink"]));
        }

        return problems;
    }

    /// <summary>Reads "12, 15 17" into Datastream ids; null when something is not a whole positive number.</summary>
    public static List<long>? ParseDatastreamIds(string? text)
    {
        var ids = new List<long>();
        foreach (var part in (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return null;
            }

            ids.Add(id);
        }

        return [.. ids.Distinct()];
    }

    private static DateTime? Time(string? value, string field, List<(string, string)> problems, IStringLocalizer<SharedTexts> texts)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null; // the Required rule reports it
        }

        switch (BerlinTime.TryParseLocal(value, out var utc))
        {
            case BerlinTime.Refusal.None:
                return utc;
            case BerlinTime.Refusal.DoesNotExist:
                problems.Add((field, texts["Hackathons.Error.TimeDoesNotExist"]));
                return null;
            default:
                problems.Add((field, texts["Hackathons.Error.TimeUnreadable"]));
                return null;
        }
    }
}

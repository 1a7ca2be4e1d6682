using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>
/// The rules profiles and projects meet beyond single fields: a known area, at least one known field, links
/// that are absolute http or https addresses, an address when the public e-mail is the way to get in touch.
/// Pages and the API ask the same rules; each problem names the property it belongs to.
/// </summary>
public static class MakerRules
{
    public const int MaxLinks = 10;

    public static List<(string Field, string Message)> CheckProfile(
        ProfileInput input, bool areaExists, IReadOnlySet<string> knownFields, IStringLocalizer<SharedTexts> texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<(string, string)>();
        CheckPlace(input.AreaId, areaExists, input.FieldKeys, knownFields, texts, problems);
        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add((nameof(ProfileInput.Kind), texts["Makers.Error.Kind"]));
        }

        return problems;
    }

    public static List<(string Field, string Message)> CheckProject(
        ProjectInput input, bool areaExists, IReadOnlySet<string> knownFields, IStringLocalizer<SharedTexts> texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<(string, string)>();
        CheckPlace(input.AreaId, areaExists, input.FieldKeys, knownFields, texts, problems);
        var links = SplitLinks(input.Links);
        if (links.Count > MaxLinks)
        {
            problems.Add((nameof(ProjectInput.Links), texts["Makers.Error.TooManyLinks", MaxLinks]));
        }
        else if (links.FirstOrDefault(link => !IsWebLink(link)) is { } bad)
        {
            problems.Add((nameof(ProjectInput.Links), texts["Makers.Error.Link", bad]));
        }

        if (input.Contact == ContactPreference.PublicEmail
            && (string.IsNullOrWhiteSpace(input.PublicEmail) || !new EmailAddressAttribute().IsValid(input.PublicEmail.Trim())))
        {
            problems.Add((nameof(ProjectInput.PublicEmail), texts["Makers.Error.PublicEmail"]));
        }

        if (!Enum.IsDefined(input.Stage))
        {
            problems.Add((nameof(ProjectInput.Stage), texts["Makers.Error.Stage"]));
        }

        if (!Enum.IsDefined(input.Contact))
        {
            problems.Add((nameof(ProjectInput.Contact), texts["Makers.Error.Contact"]));
        }

        return problems;
    }

    /// <summary>The non-empty lines of the links field, trimmed.</summary>
    public static List<string> SplitLinks(string? links) =>
        [.. (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Only web addresses: a javascript: or data: link in a portfolio would run in visitors' browsers.</summary>
    public static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    public static string JoinFields(IEnumerable<string> keys) => "," + string.Concat(keys.Distinct(StringComparer.Ordinal).Select(k => k + ","));

    public static List<string> SplitFields(string stored) => [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries)];

    private static void CheckPlace(
        int? areaId, bool areaExists, List<string> fieldKeys, IReadOnlySet<string> knownFields, IStringLocalizer<SharedTexts> texts, List<(string, string)> problems)
    {
        if (areaId is null || !areaExists)
        {
            problems.Add(("AreaId", texts["Makers.Error.Area"]));
        }

        if (fieldKeys.Count == 0)
        {
            problems.Add(("FieldKeys", texts["Makers.Error.FieldsRequired"]));
        }
        else if (fieldKeys.Any(k => !knownFields.Contains(k)))
        {
            problems.Add(("FieldKeys", texts["Makers.Error.FieldUnknown"]));
        }
    }
}

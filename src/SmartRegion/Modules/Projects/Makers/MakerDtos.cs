using Microsoft.AspNetCore.Http.HttpResults;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Projects.Makers;

public sealed record MakerDto(
    string Slug, string Kind, string DisplayName, string Description, IReadOnlyList<string> Fields, int AreaId, string AreaName,
    string? SkillsSought, string? SkillsOffered, string Url);

public sealed record MakerWithProjectsDto(MakerDto Maker, IReadOnlyList<ProjectDto> Projects);

public sealed record ProjectDto(
    string Slug, string Title, string Summary, string Stage, IReadOnlyList<string> Fields, int AreaId, string AreaName,
    IReadOnlyList<string> Links, string Contact, string? PublicEmail, string Maker, string MakerName, string Url);

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>A request as its maker sees it: the status, never staff's internal note.</summary>
public sealed record MySupportRequestDto(int Id, string Kind, string? Project, string Description, string Status, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A request as staff see it in the queue, with the internal note.</summary>
public sealed record QueuedSupportRequestDto(
    int Id, string Kind, string Maker, string MakerName, string? Project, int AreaId, string Description, string Status, string? InternalNote, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record ProfileSubmission(
    string? Kind, string? DisplayName, string? Description, IReadOnlyList<string>? Fields, string? Area, string? SkillsSought, string? SkillsOffered);

public sealed record ProjectSubmission(
    string? Title, string? Summary, string? Stage, IReadOnlyList<string>? Fields, string? Area, IReadOnlyList<string>? Links, string? Contact, string? PublicEmail);

public sealed record SupportSubmission(string? Kind, string? Project, string? Description);

public sealed record HandlingSubmission(string? Status, string? InternalNote);

internal static class MakerDtos
{
    public static async Task<Dictionary<int, string>> AreaNamesAsync(RegionDirectory directory, IEnumerable<int> areaIds, CancellationToken cancellationToken) =>
        new(await directory.LookupAsync(areaIds, cancellationToken));

    public static MakerDto Of(MakerProfile p, IReadOnlyDictionary<int, string> areas) => new(
        p.Slug, p.Kind.ToString(), p.DisplayName, p.Description, MakerRules.SplitFields(p.FieldKeys), p.AreaId, areas.GetValueOrDefault(p.AreaId, ""),
        p.SkillsSought, p.SkillsOffered, $"/projects/makers/{p.Slug}");

    public static ProjectDto Of(MakerProject p, MakerProfile maker, IReadOnlyDictionary<int, string> areas) => new(
        p.Slug, p.Title, p.Summary, p.Stage.ToString(), MakerRules.SplitFields(p.FieldKeys), p.AreaId, areas.GetValueOrDefault(p.AreaId, ""),
        MakerRules.SplitLinks(p.Links), p.Contact.ToString(), p.Contact == ContactPreference.PublicEmail ? p.PublicEmail : null,
        maker.Slug, maker.DisplayName, $"/projects/{p.Slug}");

    /// <summary>Parses an enum named in JSON; numbers are refused so the API speaks only in names.</summary>
    public static bool TryParse<T>(string? text, T fallback, out T value)
        where T : struct, Enum
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return !char.IsDigit(text.Trim()[0]) && Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static ValidationProblem Invalid(IEnumerable<(string Field, string Message)> problems, string title) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => ApiName(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: title);

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    private static string ApiName(string field) => field switch
    {
        "AreaId" => "area",
        "FieldKeys" => "fields",
        "ProjectId" => "project",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}

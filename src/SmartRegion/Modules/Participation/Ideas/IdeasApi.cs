using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Ideas;

public sealed record IdeaListItemDto(
    int Id, string? Title, string Language, int AreaId, string AreaName, string FieldKey, string Status,
    int SupportCount, int CommentCount, DateTime CreatedAt, bool Hidden, bool HasPoint);

/// <summary>A page of ideas; with <paramref name="TotalIsLowerBound"/> there are more than <paramref name="Total"/> matches.</summary>
public sealed record IdeaListDto(IReadOnlyList<IdeaListItemDto> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound);

public sealed record IdeaDto(
    int Id, string? Title, string? Body, string Language, string Direction, int AreaId, string? AreaSlug, string FieldKey,
    string? ProcessSlug, string Status, string? OfficialAnswer, DateTime? AnsweredAt, int SupportCount, int CommentCount,
    DateTime CreatedAt, double? Latitude, double? Longitude, string? AuthorName, bool AuthorDeleted, bool Hidden,
    string? HiddenReason, bool SupportsOpen, IReadOnlyList<string> PhotoUrls);

public sealed record IdeaCreateRequest(string? Title, string? Body, string? FieldKey, int? AreaId, string? Language, double? Latitude, double? Longitude, string? Process);

public sealed record IdeaAnswerRequest(
    [property: JsonConverter(typeof(JsonStringEnumConverter<IdeaStatus>))] IdeaStatus? Status,
    string? Answer);

public sealed record SupportDto(int IdeaId, bool Supported, int SupportCount);

/// <summary>Ideas as JSON, with the permissions of the pages: residents post and support, the area's editors answer.</summary>
internal static class IdeasApi
{
    private const string GeoJsonType = "application/geo+json";

    public static void MapIdeasApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation/ideas").WithTags("Participation");
        var limited = new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite);

        api.MapGet("", ListAsync).WithName("ListIdeas")
            .WithSummary("Ideas, filtered by area (with the areas below it), field, status, process and words; sorted and paged. Matches are counted up to 1,000 past the page's start; beyond that totalIsLowerBound is true.");
        api.MapGet("/map", MapAsync).WithName("IdeasMap")
            .WithSummary("GeoJSON of the ideas in bbox=west,south,east,north at a zoom level: clusters with counts, single ideas as points.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonType);
        api.MapGet("/{id:int}", GetAsync).WithName("GetIdea").WithSummary("One idea; a hidden idea comes without its text.");
        api.MapPost("", CreateAsync).WithName("CreateIdea").WithMetadata(limited)
            .WithSummary("Posts an idea as the signed-in person.");
        api.MapPut("/{id:int}/answer", AnswerAsync).WithName("AnswerIdea")
            .WithSummary("The official answer with a status, by an editor of the idea's area; a rejection needs its reason.");
        api.MapPost("/{id:int}/support", SupportAsync).WithName("SupportIdea").WithMetadata(limited)
            .WithSummary("Supports the idea as the signed-in person; a second support changes nothing.");
        api.MapDelete("/{id:int}/support", WithdrawAsync).WithName("WithdrawIdeaSupport").WithMetadata(limited)
            .WithSummary("Takes the signed-in person's support back.");
    }

    private static async Task<IResult> ListAsync([AsParameters] IdeaQuery query, IdeaFinder finder, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize ?? IdeaFinder.PageSize, 1, IdeaFinder.MaxPageSize);
        var page = await finder.ListAsync(query.ToFilter(), pageSize, cancellationToken);
        return TypedResults.Ok(new IdeaListDto(
            [.. page.Items.Select(i => new IdeaListItemDto(i.Id, i.Title, i.Language, i.AreaId, i.AreaName, i.FieldKey, i.Status.ToString(), i.SupportCount, i.CommentCount, i.CreatedAt, i.IsHidden, i.HasPoint))],
            page.Total, page.Page, page.PageSize, page.TotalIsLowerBound));
    }

    private static async Task<IResult> MapAsync([AsParameters] IdeaQuery query, string? bbox, int? zoom, IdeaFinder finder, CancellationToken cancellationToken)
    {
        if (!MapBox.TryParse(bbox, out var box))
        {
            return Invalid("bbox: give west,south,east,north in degrees, e.g. 9.9,54.2,10.3,54.5.");
        }

        if (zoom is null or < 0 or > 22)
        {
            return Invalid("zoom: give a whole number from 0 to 22.");
        }

        var ideas = await finder.FilterAsync(query.ToFilter(), cancellationToken);
        var collection = ideas is null
            ? new System.Text.Json.Nodes.JsonObject { ["type"] = "FeatureCollection", ["features"] = new System.Text.Json.Nodes.JsonArray() }
            : await IdeaMap.FeaturesAsync(ideas, box, zoom.Value, cancellationToken);
        return Results.Text(collection.ToJsonString(), GeoJsonType);
    }

    private static async Task<IResult> GetAsync(int id, IdeaReader reader, CancellationToken cancellationToken)
    {
        var details = await reader.FindAsync(id, cancellationToken);
        return details is null ? NotFound(id) : TypedResults.Ok(ToDto(details));
    }

    private static async Task<IResult> CreateAsync(
        IdeaCreateRequest request, ClaimsPrincipal user, IdeaDesk desk, IdeaReader reader, ParticipationAccess access, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return SignInNeeded();
        }

        var draft = new IdeaDraft(request.Title, request.Body, request.FieldKey, request.AreaId, request.Language, request.Latitude, request.Longitude, request.Process);
        var problems = await desk.CheckAsync(draft, cancellationToken);
        if (problems.Count > 0)
        {
            return ValidationProblem(problems);
        }

        if (await access.IsBlockedAsync(accountId, request.AreaId!.Value, cancellationToken))
        {
            return Blocked();
        }

        var idea = await desk.CreateAsync(draft, accountId, [], cancellationToken);
        return TypedResults.Created($"/api/participation/ideas/{idea.Id}", ToDto((await reader.FindAsync(idea.Id, cancellationToken))!));
    }

    private static async Task<IResult> AnswerAsync(
        int id, IdeaAnswerRequest request, ClaimsPrincipal user, SmartRegionDb db, IdeaDesk desk, IdeaReader reader, ParticipationAccess access, CancellationToken cancellationToken)
    {
        var idea = await db.Set<Idea>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (idea is null)
        {
            return NotFound(id);
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return SignInNeeded();
        }

        if (!await access.IsEditorAsync(user, idea.AreaId, cancellationToken))
        {
            return TypedResults.Problem("Only editors of the idea's area answer it.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var problems = desk.CheckAnswer(request.Status, request.Answer);
        if (problems.Count > 0)
        {
            return ValidationProblem(problems);
        }

        await desk.AnswerAsync(idea, request.Status!.Value, request.Answer, ParticipationAccess.AccountId(user), cancellationToken);
        return TypedResults.Ok(ToDto((await reader.FindAsync(id, cancellationToken))!));
    }

    private static Task<IResult> SupportAsync(int id, ClaimsPrincipal user, SmartRegionDb db, IdeaSupports supports, IdeaPhases phases, ParticipationAccess access, CancellationToken cancellationToken) =>
        ChangeSupportAsync(id, user, db, phases, access, withdraw: false, supports, cancellationToken);

    private static Task<IResult> WithdrawAsync(int id, ClaimsPrincipal user, SmartRegionDb db, IdeaSupports supports, IdeaPhases phases, ParticipationAccess access, CancellationToken cancellationToken) =>
        ChangeSupportAsync(id, user, db, phases, access, withdraw: true, supports, cancellationToken);

    private static async Task<IResult> ChangeSupportAsync(
        int id, ClaimsPrincipal user, SmartRegionDb db, IdeaPhases phases, ParticipationAccess access, bool withdraw, IdeaSupports supports, CancellationToken cancellationToken)
    {
        var idea = await db.Set<Idea>().AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.AreaId, i.ProcessId, Hidden = i.HiddenAt != null }).SingleOrDefaultAsync(cancellationToken);
        if (idea is null)
        {
            return NotFound(id);
        }

        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return SignInNeeded();
        }

        if (await access.IsBlockedAsync(accountId, idea.AreaId, cancellationToken))
        {
            return Blocked();
        }

        if (idea.Hidden || !await phases.SupportsOpenAsync(idea.ProcessId, cancellationToken))
        {
            return TypedResults.Problem("This idea cannot be supported now.", statusCode: StatusCodes.Status409Conflict, title: "Supports closed");
        }

        if (withdraw)
        {
            await supports.WithdrawAsync(id, accountId, cancellationToken);
        }
        else
        {
            await supports.SupportAsync(id, accountId, cancellationToken);
        }

        var count = await db.Set<Idea>().Where(i => i.Id == id).Select(i => i.SupportCount).SingleAsync(cancellationToken);
        return TypedResults.Ok(new SupportDto(id, !withdraw, count));
    }

    private static IdeaDto ToDto(IdeaDetails details)
    {
        var idea = details.Idea;
        return new IdeaDto(
            idea.Id,
            details.IsHidden ? null : idea.Title,
            details.IsHidden ? null : idea.Body,
            idea.Language,
            ContentLanguage.Direction(idea.Language),
            idea.AreaId,
            details.Area?.Slug,
            idea.FieldKey,
            details.Process?.Slug,
            idea.Status.ToString(),
            idea.OfficialAnswer,
            idea.AnsweredAt,
            idea.SupportCount,
            idea.CommentCount,
            idea.CreatedAt,
            details.IsHidden ? null : idea.Latitude,
            details.IsHidden ? null : idea.Longitude,
            details.AuthorName,
            details.AuthorName is null,
            details.IsHidden,
            idea.HiddenReason,
            details.SupportsOpen,
            [.. details.Photos.Select(p => p.Url)]);
    }

    private static ValidationProblem ValidationProblem(List<FieldProblem> problems) => TypedResults.ValidationProblem(
        problems.GroupBy(p => ToCamelCase(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    private static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static ProblemHttpResult Invalid(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");

    private static ProblemHttpResult NotFound(int id) => TypedResults.Problem($"There is no idea {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult SignInNeeded() => TypedResults.Problem("Sign in to do this.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    private static ProblemHttpResult Blocked() => TypedResults.Problem("Your account is blocked from contributing in this area.", statusCode: StatusCodes.Status403Forbidden, title: "Blocked");
}

/// <summary>The list filters as query parameters of the API.</summary>
internal sealed class IdeaQuery
{
    public string? Area { get; init; }

    public string? Field { get; init; }

    public IdeaStatus? Status { get; init; }

    public string? Process { get; init; }

    public string? Q { get; init; }

    public IdeaSort? Sort { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public IdeaFilter ToFilter() => new()
    {
        Area = Area,
        Field = Field,
        Status = Status,
        Process = Process,
        Q = Q,
        Sort = Sort ?? IdeaSort.Newest,
        Page = Page ?? 1,
    };
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Events;

public sealed record EventDto(
    int Id, string Area, string AreaName, string Title, string Description, string Language, string Direction,
    DateTime StartsAt, DateTime EndsAt, bool AllDay, DateOnly FirstDay, DateOnly LastDay,
    string PlaceName, string? Address, double? Latitude, double? Longitude, string? OrganiserName, string? ContactLink,
    string Status, string? RejectionReason, string Url, string CalendarUrl);

/// <summary>A submission through the API: like the form, with the area named by slug and times as Berlin wall-clock time.</summary>
public sealed record EventSubmission(
    string? Area, string? Title, string? Description, string? Language, DateOnly? StartDate, TimeOnly? StartTime,
    DateOnly? EndDate, TimeOnly? EndTime, bool AllDay, string? PlaceName, string? Address, double? Latitude, double? Longitude,
    string? OrganiserName, string? ContactLink);

public sealed record EventDecision(string? Reason);

internal static class EventsApi
{
    private const int ListLimit = 500;

    public static void MapEventsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation/events").WithTags("Participation");
        api.MapGet("/", ListAsync)
            .WithName("ListNeighbourhoodEvents")
            .WithSummary("Approved neighbourhood events that take place between from and to (Berlin days; default: the coming year), optionally of an area and the areas below it, and of one language.");
        api.MapGet("/{id:int}", GetAsync)
            .WithName("GetNeighbourhoodEvent")
            .WithSummary("One event. Pending and rejected events only for their submitter and the area's moderators.");
        api.MapPost("/", SubmitAsync)
            .WithName("SubmitNeighbourhoodEvent")
            .WithSummary("Submits an event as the signed-in person; it waits for a moderator of its area. Times are Berlin wall-clock times.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/approve", (int id, ClaimsPrincipal user, EventCatalog catalog, CancellationToken cancellationToken) =>
                DecideAsync(id, true, null, user, catalog, cancellationToken))
            .WithName("ApproveNeighbourhoodEvent")
            .WithSummary("Approves a pending event. Moderators and editors of its area.");
        api.MapPost("/{id:int}/reject", (int id, EventDecision decision, ClaimsPrincipal user, EventCatalog catalog, CancellationToken cancellationToken) =>
                DecideAsync(id, false, decision.Reason, user, catalog, cancellationToken))
            .WithName("RejectNeighbourhoodEvent")
            .WithSummary("Rejects a pending event with a reason the submitter reads. Moderators and editors of its area.");
    }

    private static async Task<IResult> ListAsync(
        EventCatalog catalog, HttpContext context, RegionDirectory directory, TimeProvider clock, string? area, DateOnly? from, DateOnly? to, string? language, CancellationToken cancellationToken)
    {
        var scope = await catalog.AreaScopeAsync(area, cancellationToken);
        if (!string.IsNullOrEmpty(area) && scope is null)
        {
            return Invalid($"area: there is no area '{area}'.");
        }

        if (!string.IsNullOrEmpty(language) && !ContentLanguage.IsKnown(language))
        {
            return Invalid($"language: use one of {string.Join(", ", ContentLanguage.All)}.");
        }

        var firstDay = from ?? BerlinTime.Today(clock);
        var lastDay = to ?? firstDay.AddYears(1);
        if (lastDay < firstDay)
        {
            return Invalid("to: must not be before from.");
        }

        var events = await catalog.PublicAsync(scope?.AreaIds, BerlinTime.StartOfDay(firstDay), BerlinTime.StartOfDay(lastDay.AddDays(1)), language, ListLimit, cancellationToken);
        return TypedResults.Ok(await EventDtos.ToDtosAsync(events, directory, context, cancellationToken));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, EventCatalog catalog, HttpContext context, RegionDirectory directory, CancellationToken cancellationToken)
    {
        var item = await catalog.FindAsync(id, cancellationToken);
        if (item is null || !await catalog.CanSeeAsync(user, item, cancellationToken))
        {
            return NotFound(id);
        }

        return TypedResults.Ok((await EventDtos.ToDtosAsync([item], directory, context, cancellationToken))[0]);
    }

    private static async Task<IResult> SubmitAsync(
        EventSubmission submission, ClaimsPrincipal user, EventCatalog catalog, HttpContext context, RegionDirectory directory, ParticipationAccess access,
        IStringLocalizer<SharedTexts> texts, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return TypedResults.Problem("Submitting an event needs a signed-in person.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var scope = await catalog.AreaScopeAsync(submission.Area, cancellationToken);
        var input = new EventInput
        {
            AreaId = scope?.Area.Id,
            Title = submission.Title,
            Description = submission.Description,
            Language = submission.Language ?? ContentLanguage.German,
            StartDate = submission.StartDate,
            StartTime = submission.StartTime,
            EndDate = submission.EndDate,
            EndTime = submission.EndTime,
            AllDay = submission.AllDay,
            PlaceName = submission.PlaceName,
            Address = submission.Address,
            Latitude = submission.Latitude,
            Longitude = submission.Longitude,
            OrganiserName = submission.OrganiserName,
            ContactLink = submission.ContactLink,
        };
        var problems = AttributeRules.Check(input, texts);
        problems.AddRange(EventRules.Check(input, scope is not null, clock.GetUtcNow().UtcDateTime, texts, out var schedule));
        if (problems.Count > 0 || schedule is null)
        {
            var errors = problems
                .GroupBy(p => p.Field == nameof(EventInput.AreaId) ? "area" : char.ToLowerInvariant(p.Field[0]) + p.Field[1..])
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: texts["Form.ErrorSummaryTitle"]);
        }

        if (await access.IsBlockedAsync(accountId, scope!.Area.Id, cancellationToken))
        {
            return TypedResults.Problem(texts["Events.Blocked"], statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var item = await catalog.SubmitAsync(input, schedule, accountId, cancellationToken);
        var dto = (await EventDtos.ToDtosAsync([item], directory, context, cancellationToken))[0];
        return TypedResults.Created($"/api/participation/events/{item.Id}", dto);
    }

    private static async Task<IResult> DecideAsync(int id, bool approve, string? reason, ClaimsPrincipal user, EventCatalog catalog, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is null)
        {
            return TypedResults.Problem("Reviewing events needs a signed-in person.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        return await catalog.ReviewAsync(user, id, approve, reason, cancellationToken) switch
        {
            ReviewOutcome.Done => TypedResults.NoContent(),
            ReviewOutcome.NotFound => NotFound(id),
            ReviewOutcome.Forbidden => TypedResults.Problem("Only moderators and editors of the event's area review it.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
            ReviewOutcome.ReasonMissing => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A rejection needs a reason the submitter can read."] }),
            _ => TypedResults.Problem("The event is no longer pending; it was reviewed already.", statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        };
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"There is no event {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}

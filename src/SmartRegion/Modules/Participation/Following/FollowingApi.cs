using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Following;

public sealed record FollowRequest(string SubjectKind, int SubjectId);

public sealed record NotificationDto(long Id, string SubjectKind, int SubjectId, string Text, string TextDe, string TextEn, string Link, DateTime CreatedAt, bool IsRead);

/// <summary>Following and the own inbox as JSON, for the signed-in person (session cookie).</summary>
internal static class FollowingApi
{
    public static void MapFollowingApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation").WithTags("Participation").RequireAuthorization();
        api.MapPost("/follows", FollowAsync).WithName("Follow")
            .WithSummary("Follows an idea or a measure (subjectKind idea or measure); following twice is the same as once.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapDelete("/follows", UnfollowAsync).WithName("Unfollow")
            .WithSummary("Stops following; subjectKind and subjectId in the query.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapGet("/notifications", ListNotificationsAsync).WithName("ListNotifications")
            .WithSummary("The signed-in person's notifications, newest first (at most 200).");
    }

    private static async Task<IResult> FollowAsync(FollowRequest request, ClaimsPrincipal user, FollowSubjects subjects, Followers followers, ParticipationAccess access, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return TypedResults.Problem("Only people signed in with their account follow.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        if (await subjects.AreaOfAsync(request.SubjectKind, request.SubjectId, cancellationToken) is not { } areaId)
        {
            return TypedResults.Problem($"There is no {request.SubjectKind} {request.SubjectId} to follow.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        if (await access.IsBlockedAsync(accountId, areaId, cancellationToken))
        {
            return TypedResults.Problem("The account is blocked from taking part in this area.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        await followers.FollowAsync(accountId, request.SubjectKind, request.SubjectId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> UnfollowAsync(string subjectKind, int subjectId, ClaimsPrincipal user, Followers followers, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return TypedResults.Problem("Only people signed in with their account follow.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        await followers.UnfollowAsync(accountId, subjectKind, subjectId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<NotificationDto>>, ProblemHttpResult>> ListNotificationsAsync(ClaimsPrincipal user, SmartRegionDb db, CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return TypedResults.Problem("Notifications belong to a person's account.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var english = Platform.Localization.LocalizationSetup.IsEnglish;
        var notifications = await db.Set<Notification>().AsNoTracking().Where(n => n.AccountId == accountId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications
            .Select(n => new NotificationDto(n.Id, n.SubjectKind, n.SubjectId, n.Text(english), n.TextDe, n.TextEn, n.Link, n.CreatedAt, n.ReadAt is not null))
            .ToList());
    }
}

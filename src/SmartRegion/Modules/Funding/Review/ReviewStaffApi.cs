using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Review;

public sealed record AssignmentDto(
    int Id, int ApplicationId, Guid? ReviewerId, string? ReviewerName, string Stage, DateTime AssignedAt, DateTime? DeclaredAt, bool? HasConflict, string? ConflictNote,
    DateTime? SubmittedAt, string? Recommendation, decimal? WeightedScore);

public sealed record AssignBody(int? ApplicationId, Guid? ReviewerId);

public sealed record RankingRowDto(
    int? Place, int ApplicationId, string? ReferenceNumber, string Title, string ApplicantName, decimal? WeightedMean, decimal? Spread, int Reviews, int Assigned,
    int Yes, int Maybe, int No, decimal? GrantRequested, decimal RunningTotal, bool WithinBudget);

public sealed record RankingDto(int CallId, decimal TotalBudget, List<RankingRowDto> Rows);

/// <summary>
/// The reviews of a call for its staff (editors of the call's area): the people who may review, the assignments
/// and the ranking. Others get 403, as on the call's staff pages.
/// </summary>
internal static class ReviewStaffApi
{
    public static void MapReviewStaffApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/funding/calls/{id:int}").WithTags("Funding").RequireAuthorization();
        api.MapGet("/reviewers", ReviewersAsync).WithName("ListFundingReviewers")
            .WithSummary("The accounts that may review the call's applications: those with the Reviewer role in the call's area or above.");
        api.MapGet("/reviews", ListAsync).WithName("ListFundingCallReviews")
            .WithSummary("Every assignment of the call with its stage, conflict declaration, recommendation and weighted score.");
        api.MapPost("/reviews", AssignAsync).WithName("AssignFundingReviewer").Produces<AssignmentDto>(StatusCodes.Status201Created)
            .WithSummary("Assigns a reviewer (`reviewerId`) to a submitted application (`applicationId`) of the call; each reviewer once per application.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapDelete("/reviews/{assignmentId:int}", WithdrawAsync).WithName("WithdrawFundingReviewer").Produces(StatusCodes.Status204NoContent)
            .WithSummary("Withdraws an assignment the reviewer has not finished (409 for a submitted review or a declared conflict, which stay on record).")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapGet("/ranking", RankingAsync).WithName("GetFundingRanking")
            .WithSummary("The call's applications by weighted mean score, with spread, number of reviews and the running total of requested grants against the budget.");
    }

    private static Task<IResult> ReviewersAsync(int id, ClaimsPrincipal user, FundingReviewDesk reviews, CancellationToken cancellationToken) =>
        AsStaffAsync(id, user, reviews, async call => TypedResults.Ok(await reviews.ReviewersAsync(call, cancellationToken)), cancellationToken);

    private static Task<IResult> ListAsync(int id, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, UserManager<AppUser> users, CancellationToken cancellationToken) =>
        AsStaffAsync(id, user, reviews, async call => TypedResults.Ok(await AssignmentsAsync(call, book, users, cancellationToken)), cancellationToken);

    private static Task<IResult> AssignAsync(
        int id, AssignBody body, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, UserManager<AppUser> users, CancellationToken cancellationToken) =>
        AsStaffAsync(id, user, reviews, async call =>
        {
            var outcome = await reviews.AssignAsync(call, body.ApplicationId, body.ReviewerId, SignedInAccount.IdOf(user), cancellationToken);
            if (!outcome.Succeeded)
            {
                return ReviewsApi.Failed(outcome);
            }

            var created = (await AssignmentsAsync(call, book, users, cancellationToken)).Single(a => a.ApplicationId == body.ApplicationId && a.ReviewerId == body.ReviewerId);
            return TypedResults.Created($"/api/funding/calls/{id}/reviews", created);
        }, cancellationToken);

    private static Task<IResult> WithdrawAsync(int id, int assignmentId, ClaimsPrincipal user, FundingReviewDesk reviews, CancellationToken cancellationToken) =>
        AsStaffAsync(id, user, reviews, async call => await reviews.WithdrawAsync(call, assignmentId, SignedInAccount.IdOf(user), cancellationToken) switch
        {
            null => TypedResults.Problem($"The call has no assignment {assignmentId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            { Succeeded: true } => TypedResults.NoContent(),
            var refused => ReviewsApi.Failed(refused),
        }, cancellationToken);

    private static Task<IResult> RankingAsync(int id, ClaimsPrincipal user, FundingReviewDesk reviews, FundingRanking ranking, CancellationToken cancellationToken) =>
        AsStaffAsync(id, user, reviews, async call =>
        {
            var rows = await ranking.OfCallAsync(call, cancellationToken);
            return TypedResults.Ok(new RankingDto(call.Id, call.TotalBudget, [.. rows.Select(r => new RankingRowDto(
                r.Place, r.Application.Id, r.Application.ReferenceNumber, r.Application.Title, r.Application.ApplicantName,
                ReviewsApi.Rounded(r.Standing.WeightedMean), ReviewsApi.Rounded(r.Standing.Spread), r.Standing.Reviews, r.Assigned,
                r.Standing.Yes, r.Standing.Maybe, r.Standing.No, r.Application.GrantRequested, r.RunningTotal, r.WithinBudget))]));
        }, cancellationToken);

    private static async Task<List<AssignmentDto>> AssignmentsAsync(FundingCall call, ReviewBook book, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var assignments = await book.OfRoundAsync(ReviewCriteria.SubjectKind, call.Id, cancellationToken);
        var names = await ReviewerNamesAsync(assignments, users, cancellationToken);
        var criteria = ReviewCriteria.Of(call, english: false);
        return [.. assignments.Select(a => new AssignmentDto(
            a.Id, a.SubjectId, a.ReviewerId, a.ReviewerId is { } reviewer ? names.GetValueOrDefault(reviewer) : null, a.Stage.ToString(), a.AssignedAt, a.DeclaredAt,
            a.HasConflict, a.ConflictNote, a.SubmittedAt, a.Recommendation?.ToString(), a.Counts ? ReviewsApi.Rounded(ReviewRanking.WeightedScore(a, criteria)) : null))];
    }

    /// <summary>Display names of the reviewers of <paramref name="assignments"/>; deleted accounts have none.</summary>
    public static Task<Dictionary<Guid, string>> ReviewerNamesAsync(IEnumerable<ReviewAssignment> assignments, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        var ids = assignments.Where(a => a.ReviewerId is not null).Select(a => a.ReviewerId!.Value).Distinct().ToList();
        return users.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static async Task<IResult> AsStaffAsync(int id, ClaimsPrincipal user, FundingReviewDesk reviews, Func<FundingCall, Task<IResult>> act, CancellationToken cancellationToken)
    {
        var (call, isStaff) = await reviews.CallForStaffAsync(user, id, cancellationToken);
        if (call is null)
        {
            return TypedResults.Problem($"There is no call {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        return isStaff
            ? await act(call)
            : TypedResults.Problem("Only staff of the call's area, who review none of its applications still open, see and assign its reviews.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
    }
}

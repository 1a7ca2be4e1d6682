using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Review;

public sealed record ReviewSummaryDto(int Id, int ApplicationId, int CallId, string? ReferenceNumber, string Title, string Stage, DateTime AssignedAt, DateTime? DeclaredAt, DateTime? SubmittedAt);

public sealed record ReviewCriterionDto(string Key, string Name, int Weight, string? Description);

public sealed record ScoreDto(int Score, string? Comment);

public sealed record OtherReviewDto(int Number, decimal? WeightedScore, string? Recommendation, string? Comment, Dictionary<string, ScoreDto> Scores);

public sealed record ReviewDto(
    int Id, string Stage, DateTime AssignedAt, DateTime? DeclaredAt, bool? HasConflict, string? ConflictNote, DateTime? SubmittedAt, List<ReviewCriterionDto> Criteria,
    Dictionary<string, ScoreDto> Scores, string? Recommendation, string? Comment, ApplicationDto? Application, List<OtherReviewDto>? OtherReviews);

public sealed record ConflictBody(bool? HasConflict, string? Note);

/// <summary>A score as sent: a number, so that 4.5 or 7 get the same message as on the page instead of a parse failure.</summary>
public sealed record ScoreBody(decimal? Score, string? Comment);

public sealed record ReviewBody(Dictionary<string, ScoreBody>? Scores, string? Recommendation, string? Comment)
{
    public ReviewInput ToInput() => new()
    {
        Scores = (Scores ?? []).ToDictionary(s => s.Key, s => new ScoreInput { Score = s.Value.Score?.ToString(CultureInfo.InvariantCulture), Comment = s.Value.Comment }, StringComparer.Ordinal),
        Recommendation = Recommendation,
        Comment = Comment,
    };
}

/// <summary>
/// A reviewer's own reviews as JSON. Somebody else's review answers 404; the application is in the answer only
/// after the reviewer declared no conflict, and the other reviews only after the reviewer submitted their own.
/// </summary>
internal static class ReviewsApi
{
    public static void MapReviewsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/funding/reviews").WithTags("Funding").RequireAuthorization();
        api.MapGet("/", ListAsync).WithName("ListMyFundingReviews").WithSummary("The signed-in reviewer's assigned reviews, the newest first.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetMyFundingReview")
            .WithSummary("One review: the criteria, the own scores, the application (after declaring no conflict) and the other reviews (after submitting).");
        api.MapPost("/{id:int}/conflict", DeclareAsync).WithName("DeclareFundingReviewConflict")
            .WithSummary("Declares whether a conflict of interest exists (`hasConflict`, optional `note`). Comes first; a conflict blocks the review and is recorded.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPut("/{id:int}", SaveAsync).WithName("SaveFundingReviewDraft")
            .WithSummary("Keeps the scores entered so far (`scores` by criterion key: `score` 0–5, `comment`; `recommendation` Yes, Maybe or No; `comment`).")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/submit", SubmitAsync).WithName("SubmitFundingReview")
            .WithSummary("Submits the review: every criterion scored 0–5 with reasons, and a recommendation. Submitted reviews are final.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
    }

    private static async Task<Ok<List<ReviewSummaryDto>>> ListAsync(ClaimsPrincipal user, FundingReviewDesk reviews, CancellationToken cancellationToken)
    {
        var cases = await reviews.OfReviewerAsync(user, cancellationToken);
        return TypedResults.Ok(cases.Select(c => new ReviewSummaryDto(
            c.Assignment.Id, c.Application.Id, c.Call.Id, c.Application.ReferenceNumber, c.Application.Title, c.Assignment.Stage.ToString(),
            c.Assignment.AssignedAt, c.Assignment.DeclaredAt, c.Assignment.SubmittedAt)).ToList());
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, CancellationToken cancellationToken)
    {
        var review = await reviews.OpenAsync(user, id, cancellationToken);
        return review is null ? NotFound(id) : TypedResults.Ok(await ToDtoAsync(review, book, cancellationToken));
    }

    private static Task<IResult> DeclareAsync(
        int id, ConflictBody body, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken) =>
        ActAsync(id, user, reviews, book, review => body.HasConflict is { } conflict
            ? reviews.DeclareAsync(review, conflict, body.Note, cancellationToken)
            : Task.FromResult(ReviewOutcome.Invalid(new() { ["HasConflict"] = texts["Reviewing.Validation.Conflict"] })), cancellationToken);

    private static Task<IResult> SaveAsync(int id, ReviewBody body, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, CancellationToken cancellationToken) =>
        ActAsync(id, user, reviews, book, review => reviews.SaveDraftAsync(review, body.ToInput(), cancellationToken), cancellationToken);

    private static Task<IResult> SubmitAsync(int id, ReviewBody body, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, CancellationToken cancellationToken) =>
        ActAsync(id, user, reviews, book, review => reviews.SubmitAsync(review, body.ToInput(), cancellationToken), cancellationToken);

    private static async Task<IResult> ActAsync(int id, ClaimsPrincipal user, FundingReviewDesk reviews, ReviewBook book, Func<ReviewCase, Task<ReviewOutcome>> act, CancellationToken cancellationToken)
    {
        var review = await reviews.OpenAsync(user, id, cancellationToken);
        if (review is null)
        {
            return NotFound(id);
        }

        var outcome = await act(review);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        var fresh = await reviews.OpenAsync(user, id, cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(fresh!, book, cancellationToken));
    }

    private static async Task<ReviewDto> ToDtoAsync(ReviewCase review, ReviewBook book, CancellationToken cancellationToken)
    {
        var (assignment, application, call) = review;
        var english = LocalizationSetup.IsEnglish;
        var criteria = ReviewCriteria.Of(call, english);
        var others = assignment.Counts ? await book.OthersVisibleToAsync(assignment, cancellationToken) : null;
        return new ReviewDto(
            assignment.Id, assignment.Stage.ToString(), assignment.AssignedAt, assignment.DeclaredAt, assignment.HasConflict, assignment.ConflictNote, assignment.SubmittedAt,
            [.. call.Criteria.Select((c, i) => new ReviewCriterionDto(ReviewCriteria.KeyOf(c, i), c.Name(english), c.Weight, c.Description(english)))],
            ScoresOf(assignment), assignment.Recommendation?.ToString(), assignment.Comment,
            assignment.HasConflict == false ? ApplicationsApi.ToDto(application, []) : null,
            others?.Select((o, i) => new OtherReviewDto(i + 1, Rounded(ReviewRanking.WeightedScore(o, criteria)), o.Recommendation?.ToString(), o.Comment, ScoresOf(o))).ToList());
    }

    private static Dictionary<string, ScoreDto> ScoresOf(ReviewAssignment assignment) =>
        assignment.Scores.ToDictionary(s => s.CriterionKey, s => new ScoreDto(s.Score, s.Comment), StringComparer.Ordinal);

    public static decimal? Rounded(decimal? value) => value is { } number ? Math.Round(number, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>Invalid input as a validation problem keyed by the JSON names (<c>scores.c1.score</c>); refusals as 409.</summary>
    public static IResult Failed(ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Refusal == ReviewRefusal.Invalid
            ? TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => JsonKey(e.Key), e => new[] { e.Value }))
            : TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "Not in this state");
    }

    /// <summary><c>Scores[c1].Score</c> → <c>scores.c1.score</c>.</summary>
    private static string JsonKey(string key) =>
        string.Join('.', key.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"You have no review {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}

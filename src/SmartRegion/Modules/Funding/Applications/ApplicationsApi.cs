using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Applications;

public sealed record ClarificationDto(int Id, string Question, DateTime AskedAt, string? Answer, DateTime? AnsweredAt);

public sealed record ApplicationDto(
    int Id, int CallId, string State, string? ReferenceNumber, string Title, string ApplicantName, string? ApplicantType, int? AreaId, decimal? GrantRequested,
    Dictionary<string, FieldAnswer> Answers, DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt, string? IneligibleReason, List<ClarificationDto> Clarifications);

public sealed record NewApplicationBody(int CallId, ApplicationInput? Application);

public sealed record TextBody(string? Text);

public sealed record FromHackathonBody(int CallId);

/// <summary>
/// The signed-in applicant's own applications as JSON, with the same rules as the pages. Another account's
/// application answers 404, as if it did not exist. Numbers are sent as text with a decimal point ("1500.50").
/// </summary>
internal static class ApplicationsApi
{
    public static void MapApplicationsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/funding/applications").WithTags("Funding").RequireAuthorization();
        api.MapGet("/", ListAsync).WithName("ListMyFundingApplications").WithSummary("The signed-in person's applications, last changed first.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetMyFundingApplication").WithSummary("One of the signed-in person's applications with its questions and answers.");
        api.MapPost("/", CreateAsync).WithName("CreateFundingApplication").Produces<ApplicationDto>(StatusCodes.Status201Created)
            .WithSummary("Starts a draft for an open call. Answers are checked for form (numbers, dates, choices) only; completeness is checked at the submission.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/from-hackathon/{submissionId:int}", FromHackathonAsync).WithName("CreateFundingApplicationFromHackathon").Produces<ApplicationDto>(StatusCodes.Status201Created)
            .WithSummary("Starts a draft for an open call from a hackathon result: members of a team with a published place 1-3 only. Title and the call's first long-text question are filled in.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPut("/{id:int}", UpdateAsync).WithName("UpdateFundingApplication")
            .WithSummary("Replaces a draft's answers (file fields excepted: upload those). Only while the call is open.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/attachments/{fieldKey}", AttachAsync).WithName("AttachFundingFile").DisableAntiforgery()
            .WithSummary("Uploads the file of a file field (multipart form, part 'file'): PDF, PNG, JPEG, OpenDocument or Office Open XML, at most the configured size.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/submit", SubmitAsync).WithName("SubmitFundingApplication")
            .WithSummary("Submits a complete draft before the deadline; it is frozen, gets its reference number and a confirmation mail goes out.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/withdraw", WithdrawAsync).WithName("WithdrawFundingApplication")
            .WithSummary("Withdraws a draft or a submitted application.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/answer", AnswerAsync).WithName("AnswerFundingClarification")
            .WithSummary("Answers the open question of staff; the application itself stays as submitted.")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, ApplicationDesk desk, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return PersonOnly();
        }

        var applications = await desk.OfApplicantAsync(accountId, cancellationToken);
        return TypedResults.Ok(applications.Select(a => ToDto(a, [])).ToList());
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, ApplicationDesk desk, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(id, user, desk, cancellationToken);
        return application is null ? NotFound(id) : TypedResults.Ok(ToDto(application, await desk.ClarificationsAsync(id, cancellationToken)));
    }

    private static async Task<IResult> CreateAsync(NewApplicationBody body, ClaimsPrincipal user, ApplicationDesk desk, CallCatalog calls, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return PersonOnly();
        }

        var call = await calls.FindAsync(body.CallId, cancellationToken);
        if (call is null || call.Status != CallStatus.Published)
        {
            return TypedResults.Problem($"There is no published call {body.CallId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var (application, outcome) = await desk.CreateDraftAsync(call, accountId, body.Application ?? new ApplicationInput(), CultureInfo.InvariantCulture, cancellationToken);
        return application is null ? Failed(outcome) : TypedResults.Created($"/api/funding/applications/{application.Id}", ToDto(application, []));
    }

    private static async Task<IResult> FromHackathonAsync(
        int submissionId, FromHackathonBody body, ClaimsPrincipal user, HackathonCarryOver carryOver, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return PersonOnly();
        }

        var (submission, refusal) = await carryOver.FindAsync(submissionId, accountId, cancellationToken);
        switch (refusal)
        {
            case CarryOverRefusal.NoSuchSubmission:
                return TypedResults.Problem($"There is no hackathon result {submissionId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
            case CarryOverRefusal.NotAMember or CarryOverRefusal.NoPlace:
                return TypedResults.Problem(texts[HackathonCarryOver.TextKey(refusal)], statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var call = await carryOver.PublishedCallAsync(body.CallId, cancellationToken);
        if (call is null)
        {
            return TypedResults.Problem($"There is no published call {body.CallId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var (application, outcome) = await carryOver.StartDraftAsync(submission!, call, accountId, cancellationToken);
        return application is null ? Failed(outcome) : TypedResults.Created($"/api/funding/applications/{application.Id}", ToDto(application, []));
    }

    private static Task<IResult> UpdateAsync(int id, ApplicationInput input, ClaimsPrincipal user, ApplicationDesk desk, CallCatalog calls, CancellationToken cancellationToken) =>
        ActAsync(id, user, desk, calls, (call, application) => desk.SaveDraftAsync(call, application, input, CultureInfo.InvariantCulture, cancellationToken), cancellationToken);

    private static Task<IResult> AttachAsync(int id, string fieldKey, IFormFile file, ClaimsPrincipal user, ApplicationDesk desk, ApplicationFiles files, CallCatalog calls, CancellationToken cancellationToken) =>
        ActAsync(id, user, desk, calls, (call, application) => files.AttachAsync(call, application, fieldKey, file, cancellationToken), cancellationToken);

    private static Task<IResult> SubmitAsync(int id, ClaimsPrincipal user, ApplicationDesk desk, CallCatalog calls, CancellationToken cancellationToken) =>
        ActAsync(id, user, desk, calls, (call, application) => desk.SubmitAsync(call, application, cancellationToken), cancellationToken);

    private static Task<IResult> WithdrawAsync(int id, ClaimsPrincipal user, ApplicationDesk desk, CallCatalog calls, CancellationToken cancellationToken) =>
        ActAsync(id, user, desk, calls, (call, application) => desk.WithdrawAsync(call, application, SignedInAccount.IdOf(user), cancellationToken), cancellationToken);

    private static Task<IResult> AnswerAsync(int id, TextBody body, ClaimsPrincipal user, ApplicationDesk desk, CallCatalog calls, CancellationToken cancellationToken) =>
        ActAsync(id, user, desk, calls, (call, application) => desk.AnswerAsync(call, application, body.Text, cancellationToken), cancellationToken);

    private static async Task<IResult> ActAsync(
        int id, ClaimsPrincipal user, ApplicationDesk desk, CallCatalog calls, Func<FundingCall, FundingApplication, Task<DeskOutcome>> act, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(id, user, desk, cancellationToken);
        if (application is null)
        {
            return NotFound(id);
        }

        var call = await calls.FindAsync(application.CallId, cancellationToken);
        var outcome = await act(call!, application);
        if (!outcome.Succeeded)
        {
            return Failed(outcome);
        }

        var fresh = await desk.FindAsync(id, cancellationToken);
        return TypedResults.Ok(ToDto(fresh!, await desk.ClarificationsAsync(id, cancellationToken)));
    }

    private static async Task<FundingApplication?> OwnAsync(int id, ClaimsPrincipal user, ApplicationDesk desk, CancellationToken cancellationToken)
    {
        var application = await desk.FindAsync(id, cancellationToken);
        return application is not null && ApplicationDesk.IsApplicant(user, application) ? application : null;
    }

    private static IResult Failed(DeskOutcome outcome) => outcome.Refusal switch
    {
        DeskRefusal.Invalid => TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => JsonKey(e.Key), e => new[] { e.Value })),
        _ => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: outcome.Refusal == DeskRefusal.Closed ? "Call not open" : "Not in this state"),
    };

    /// <summary><c>GrantRequested</c> → <c>grantRequested</c>, <c>Answers.f1</c> → <c>answers.f1</c>: the names of the JSON body.</summary>
    private static string JsonKey(string key) => JsonNamingPolicy.CamelCase.ConvertName(key);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"You have no application {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult PersonOnly() =>
        TypedResults.Problem("Applications belong to people; sign in with an account.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ApplicationDto ToDto(FundingApplication a, List<ApplicationClarification> clarifications)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.Id, a.CallId, a.State.ToString(), a.ReferenceNumber, a.Title, a.ApplicantName, a.ApplicantType?.ToString(), a.AreaId, a.GrantRequested, a.Answers,
            a.CreatedAt, a.UpdatedAt, a.SubmittedAt, a.IneligibleReason,
            [.. clarifications.Select(c => new ClarificationDto(c.Id, c.Question, c.AskedAt, c.Answer, c.AnsweredAt))]);
    }
}

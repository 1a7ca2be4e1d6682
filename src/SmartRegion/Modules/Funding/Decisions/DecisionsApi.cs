using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Funding.Decisions;

public sealed record DecisionBody(DecisionOutcome? Outcome, string? GrantedAmount, string? Reason);

public sealed record DecisionDto(int ApplicationId, string? ReferenceNumber, string Outcome, decimal? GrantedAmount, string? Reason, int NoticeNumber, DateTime DecidedAt, string NoticeUrl);

public sealed record CallBudgetDto(int CallId, decimal TotalBudget, decimal ApprovedTotal, decimal Remaining, List<DecisionDto> Decisions);

/// <summary>
/// Decisions as JSON: staff of the call's area decide and list a call's decisions; the applicant reads the
/// decision on their application. Everybody else gets 404, as for the application itself.
/// </summary>
internal static class DecisionsApi
{
    public static void MapDecisionsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/funding").WithTags("Funding").RequireAuthorization();
        api.MapPost("/applications/{id:int}/decision", DecideAsync).WithName("DecideFundingApplication").Produces<DecisionDto>()
            .WithSummary("Staff of the call's area approve (outcome Approved, grantedAmount as \"12500.00\", optional conditions in reason) or reject (outcome Rejected with a reason) a submitted application. An approval beyond the call's remaining budget answers 409.");
        api.MapGet("/applications/{id:int}/decision", GetAsync).WithName("GetFundingDecision").Produces<DecisionDto>()
            .WithSummary("The decision on an application, for its applicant and staff of the call's area.");
        api.MapGet("/calls/{id:int}/decisions", OfCallAsync).WithName("ListFundingDecisions").Produces<CallBudgetDto>()
            .WithSummary("The call's budget, the sum approved so far and every decision, for staff of the call's area.");
    }

    private static async Task<IResult> DecideAsync(
        int id, DecisionBody body, ClaimsPrincipal user, ApplicationDesk applications, CallCatalog calls, DecisionDesk decisions, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(id, cancellationToken);
        var call = application is null ? null : await calls.FindAsync(application.CallId, cancellationToken);
        if (application is null || call is null)
        {
            return NotFound(id);
        }

        if (!await applications.IsStaffAsync(user, call, application, cancellationToken))
        {
            return ApplicationDesk.IsApplicant(user, application)
                ? TypedResults.Problem("Only staff of the call's area decide.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden")
                : NotFound(id);
        }

        var by = SignedInAccount.IdOf(user);
        var outcome = body.Outcome switch
        {
            DecisionOutcome.Approved => await decisions.ApproveAsync(call, application, body.GrantedAmount, body.Reason, by, CultureInfo.InvariantCulture, cancellationToken),
            DecisionOutcome.Rejected => await decisions.RejectAsync(call, application, body.Reason, by, cancellationToken),
            _ => DeskOutcome.Invalid(new Dictionary<string, string> { ["Outcome"] = "The outcome must be Approved or Rejected." }),
        };
        if (!outcome.Succeeded)
        {
            return outcome.Refusal == DeskRefusal.Invalid
                ? TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }))
                : TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: outcome.Refusal == DeskRefusal.OverBudget ? "Budget exhausted" : "Not in this state");
        }

        var decision = await decisions.OfApplicationAsync(id, cancellationToken);
        return TypedResults.Ok(ToDto(decision!, application.ReferenceNumber));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, ApplicationDesk applications, CallCatalog calls, DecisionDesk decisions, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(id, cancellationToken);
        var call = application is null ? null : await calls.FindAsync(application.CallId, cancellationToken);
        if (application is null || call is null
            || !(ApplicationDesk.IsApplicant(user, application) || await applications.IsStaffAsync(user, call, application, cancellationToken)))
        {
            return NotFound(id);
        }

        return await decisions.OfApplicationAsync(id, cancellationToken) is { } decision
            ? TypedResults.Ok(ToDto(decision, application.ReferenceNumber))
            : TypedResults.Problem($"Application {id} has no decision yet.", statusCode: StatusCodes.Status404NotFound, title: "Not decided");
    }

    private static async Task<IResult> OfCallAsync(
        int id, ClaimsPrincipal user, CallCatalog calls, ApplicationDesk applications, DecisionDesk decisions, Common.FundingAccess access, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(id, cancellationToken);
        if (call is null)
        {
            return TypedResults.Problem($"There is no call {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        if (!await access.IsEditorAsync(user, call.AreaId, cancellationToken))
        {
            return TypedResults.Problem("Only staff of the call's area see its decisions.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var references = (await applications.OfCallAsync(id, cancellationToken)).ToDictionary(a => a.Id, a => a.ReferenceNumber);
        var list = await decisions.OfCallAsync(id, cancellationToken);
        return TypedResults.Ok(new CallBudgetDto(
            call.Id, call.TotalBudget, call.ApprovedTotal, call.TotalBudget - call.ApprovedTotal,
            [.. list.Select(d => ToDto(d, references.GetValueOrDefault(d.ApplicationId)))]));
    }

    private static DecisionDto ToDto(FundingDecision d, string? reference) =>
        new(d.ApplicationId, reference, d.Outcome.ToString(), d.GrantedAmount, d.Reason, d.NoticeNumber, d.DecidedAt, DecisionDesk.NoticeLink(d.ApplicationId));

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"There is no application {id} for you.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}

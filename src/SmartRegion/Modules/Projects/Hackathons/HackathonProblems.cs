using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>The problem details the hackathon API answers with, shared by its public, participant and editor endpoints.</summary>
internal static class HackathonProblems
{
    /// <summary>Validation problems keyed by the JSON names of the fields, with the messages the forms show.</summary>
    public static ValidationProblem Invalid(List<(string Field, string Message)> problems, IStringLocalizer<SharedTexts> texts) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => char.ToLowerInvariant(p.Field[0]) + p.Field[1..]).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: texts["Form.ErrorSummaryTitle"]);

    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem("This needs a signed-in person.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"There is no hackathon {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}

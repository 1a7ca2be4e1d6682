using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Surveys;

public sealed record SurveyListItemDto(int Id, int AreaId, int? ProcessId, string TitleDe, string? TitleEn, string Access, DateTime OpensAt, DateTime ClosesAt, bool ResultsPublic);

public sealed record SurveyOptionDto(int Id, string TextDe, string? TextEn, bool IsMatrixRow);

public sealed record SurveyConditionDto(int QuestionId, int OptionId);

public sealed record SurveyQuestionDto(
    int Id, string Kind, string TextDe, string? TextEn, string? HelpDe, string? HelpEn, bool IsRequired,
    double? MinValue, double? MaxValue, SurveyConditionDto? ShowOnlyIf, List<SurveyOptionDto> Options);

public sealed record SurveySectionDto(int Id, string TitleDe, string? TitleEn, string? IntroDe, string? IntroEn, List<SurveyQuestionDto> Questions);

public sealed record SurveyDto(
    int Id, int AreaId, int? ProcessId, string TitleDe, string? TitleEn, string? IntroDe, string? IntroEn, string Access,
    DateTime OpensAt, DateTime ClosesAt, bool IsPublished, bool ResultsPublic, List<SurveySectionDto> Sections);

/// <summary>
/// One answer in a response. Which members count depends on the question: <c>OptionIds</c> for choices,
/// <c>Number</c> for numbers and scale points, <c>Text</c>, <c>Date</c> (yyyy-MM-dd), <c>Latitude</c> and
/// <c>Longitude</c>, <c>Ranking</c> (option ids, first = rank 1), <c>Matrix</c> (row id → column id).
/// </summary>
public sealed record SurveyAnswerInput(
    int QuestionId, List<int>? OptionIds = null, string? Text = null, double? Number = null, string? Date = null,
    double? Latitude = null, double? Longitude = null, List<int>? Ranking = null, Dictionary<string, int>? Matrix = null);

public sealed record SurveyResponseInput(List<SurveyAnswerInput> Answers);

public sealed record SurveyResultLineDto(int? OptionId, string Label, int Count, double Percent, double? MeanRank);

public sealed record SurveyQuestionResultDto(
    int QuestionId, string Kind, int Respondents, List<SurveyResultLineDto> Lines, double? Mean, double? Median,
    Dictionary<string, Dictionary<string, int>>? Matrix, List<string>? ReleasedTexts);

public sealed record SurveyResultsDto(int SurveyId, int Responses, List<SurveyQuestionResultDto> Questions);

/// <summary>The surveys as JSON, with the same permissions and rules as the pages.</summary>
internal static class SurveysApi
{
    public static void MapSurveysApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation/surveys").WithTags("Participation");
        api.MapGet("", ListAsync).WithName("ListSurveys").WithSummary("Published surveys, newest first; process=slug limits them to one process.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetSurvey").WithSummary("A survey's structure: sections, questions, options and conditions.");
        api.MapPost("/{id:int}/responses", RespondAsync).WithName("AnswerSurvey")
            .WithSummary("Submits a response under the survey's rules (answering time, access mode, one response per person).")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapGet("/{id:int}/results", ResultsAsync).WithName("GetSurveyResults")
            .WithSummary("Counts, shares, means and ranks per question; public when the survey says so, else for the area's editors and moderators.");
    }

    private static async Task<IResult> ListAsync(SurveyCatalog catalog, string? process, CancellationToken cancellationToken)
    {
        var surveys = await catalog.ListAsync(process, cancellationToken);
        return TypedResults.Ok(surveys.Select(s => new SurveyListItemDto(s.Id, s.AreaId, s.ProcessId, s.TitleDe, s.TitleEn, s.Access.ToString(), s.OpensAt, s.ClosesAt, s.ResultsPublic)).ToList());
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, SurveyCatalog catalog, CancellationToken cancellationToken)
    {
        var survey = await catalog.VisibleAsync(id, user, cancellationToken);
        return survey is null ? NotFound(id) : TypedResults.Ok(ToDto(survey));
    }

    private static async Task<IResult> RespondAsync(
        int id, SurveyResponseInput input, HttpContext context, SurveyCatalog catalog, SurveySubmissions submissions,
        IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var survey = await catalog.VisibleAsync(id, context.User, cancellationToken);
        if (survey is null)
        {
            return NotFound(id);
        }

        var outcome = await submissions.SubmitAsync(survey, context.User, context, ToValues(input), cancellationToken);
        if (outcome.Refusal != SurveyRefusal.None)
        {
            var status = outcome.Refusal switch
            {
                SurveyRefusal.SignInRequired => StatusCodes.Status401Unauthorized,
                SurveyRefusal.NoHomeArea or SurveyRefusal.NotResident or SurveyRefusal.Blocked => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status409Conflict,
            };
            return TypedResults.Problem(texts[$"Surveys.Refusal.{outcome.Refusal}"], statusCode: status, title: outcome.Refusal.ToString());
        }

        if (outcome.Errors.Count > 0)
        {
            var errors = outcome.Errors.GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => texts[e.TextKey, e.Arguments].Value).ToArray());
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Created($"/api/participation/surveys/{id}/responses/{outcome.ResponseId}", new { Id = outcome.ResponseId });
    }

    private static async Task<IResult> ResultsAsync(int id, ClaimsPrincipal user, SurveyCatalog catalog, SurveyResults results, CancellationToken cancellationToken)
    {
        var survey = await catalog.VisibleAsync(id, user, cancellationToken);
        if (survey is null)
        {
            return NotFound(id);
        }

        if (!await catalog.MayReadResultsAsync(user, survey, cancellationToken))
        {
            return TypedResults.Problem("The results of this survey are not public.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var computed = await results.ComputeAsync(survey, english, allTexts: false, cancellationToken);
        return TypedResults.Ok(new SurveyResultsDto(id, computed.Responses, [.. computed.Questions.Select(q => new SurveyQuestionResultDto(
            q.Question.Id, q.Question.Kind.ToString(), q.Respondents,
            [.. q.Lines.Select(l => new SurveyResultLineDto(l.OptionId, l.Label, l.Count, l.Percent, l.MeanRank))],
            q.Mean, q.Median,
            q.Question.Kind == QuestionKind.Matrix ? q.Matrix.ToDictionary(r => Invariant(r.Key), r => r.Value.ToDictionary(c => Invariant(c.Key), c => c.Value)) : null,
            q.Question.Kind == QuestionKind.FreeText ? [.. q.Texts.Select(t => t.Text)] : null))]));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(int id) => TypedResults.Problem($"There is no survey {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>Turns the JSON answers into the form's field names, so both go through the same checks.</summary>
    internal static SurveyValues ToValues(SurveyResponseInput? input)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var answer in input?.Answers ?? [])
        {
            var field = SurveyFields.Question(answer.QuestionId);
            var single = answer.OptionIds is { Count: > 0 } ? answer.OptionIds.Select(Invariant)
                : answer.Number is { } number ? [number.ToString(CultureInfo.InvariantCulture)]
                : answer.Date is { } date ? [date]
                : answer.Text is { } text ? [text]
                : [];
            values[field] = new StringValues([.. single]);
            if (answer.Latitude is { } latitude)
            {
                values[SurveyFields.Latitude(answer.QuestionId)] = latitude.ToString(CultureInfo.InvariantCulture);
            }

            if (answer.Longitude is { } longitude)
            {
                values[SurveyFields.Longitude(answer.QuestionId)] = longitude.ToString(CultureInfo.InvariantCulture);
            }

            for (var rank = 0; rank < (answer.Ranking?.Count ?? 0); rank++)
            {
                values[SurveyFields.RankOf(answer.QuestionId, answer.Ranking![rank])] = Invariant(rank + 1);
            }

            foreach (var (row, column) in answer.Matrix ?? [])
            {
                if (int.TryParse(row, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId))
                {
                    values[SurveyFields.MatrixRow(answer.QuestionId, rowId)] = Invariant(column);
                }
            }
        }

        return new SurveyValues(values);
    }

    public static SurveyDto ToDto(Survey survey) => new(
        survey.Id, survey.AreaId, survey.ProcessId, survey.TitleDe, survey.TitleEn, survey.IntroDe, survey.IntroEn, survey.Access.ToString(),
        survey.OpensAt, survey.ClosesAt, survey.IsPublished, survey.ResultsPublic,
        [.. survey.Sections.OrderBy(s => s.SortOrder).Select(s => new SurveySectionDto(s.Id, s.TitleDe, s.TitleEn, s.IntroDe, s.IntroEn,
            [.. s.Questions.OrderBy(q => q.SortOrder).Select(q => new SurveyQuestionDto(
                q.Id, q.Kind.ToString(), q.TextDe, q.TextEn, q.HelpDe, q.HelpEn, q.IsRequired, q.MinValue, q.MaxValue,
                q.ConditionQuestionId is { } cq && q.ConditionOptionId is { } co ? new SurveyConditionDto(cq, co) : null,
                [.. q.Options.OrderBy(o => o.IsMatrixRow).ThenBy(o => o.SortOrder).Select(o => new SurveyOptionDto(o.Id, o.TextDe, o.TextEn, o.IsMatrixRow))]))]))]);
}

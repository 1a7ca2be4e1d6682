using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>The responses for the area's editors: CSV with one row per response and one column per question, or JSON.</summary>
internal static class SurveyExport
{
    private static readonly string[] FixedColumns = ["response", "submitted"];
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static void MapSurveyExport(this WebApplication app)
    {
        app.MapGet("/participation/surveys/{id:int}/export.csv", async (int id, HttpContext context, SurveyCatalog catalog, SmartRegionDb db, CancellationToken cancellationToken) =>
        {
            var (survey, refusal) = await ExportableAsync(id, context, catalog, cancellationToken);
            if (survey is null)
            {
                return refusal!;
            }

            var responses = await ResponsesAsync(db, id, cancellationToken);
            var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
            var questions = survey.Questions.ToList();
            var csv = new StringBuilder();
            CsvCells.AppendRow(csv, [.. FixedColumns.Concat(questions.Select(q => q.Text(english)))]);
            foreach (var response in responses)
            {
                var cells = new List<string>
                {
                    response.Id.ToString(CultureInfo.InvariantCulture),
                    TimeZoneInfo.ConvertTimeFromUtc(response.SubmittedAt, Berlin).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                };
                cells.AddRange(questions.Select(q => CellText(q, response.Answers.Where(a => a.QuestionId == q.Id).ToList(), english)));
                CsvCells.AppendRow(csv, cells);
            }

            context.Response.Headers.ContentDisposition = $"attachment; filename=\"survey-{id}.csv\"";
            return Results.Text(csv.ToString(), "text/csv; charset=utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }).ExcludeFromDescription();

        app.MapGet("/participation/surveys/{id:int}/export.json", async (int id, HttpContext context, SurveyCatalog catalog, SmartRegionDb db, CancellationToken cancellationToken) =>
        {
            var (survey, refusal) = await ExportableAsync(id, context, catalog, cancellationToken);
            if (survey is null)
            {
                return refusal!;
            }

            var responses = await ResponsesAsync(db, id, cancellationToken);
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"survey-{id}.json\"";
            return Results.Json(new
            {
                Survey = SurveysApi.ToDto(survey),
                Responses = responses.Select(r => new
                {
                    r.Id,
                    r.SubmittedAt,
                    Answers = r.Answers.Select(a => new { a.QuestionId, a.OptionId, a.ColumnOptionId, a.NumberValue, a.TextValue, a.DateValue, a.Latitude, a.Longitude }),
                }),
            });
        }).ExcludeFromDescription();
    }

    private static async Task<(Survey? Survey, IResult? Refusal)> ExportableAsync(int id, HttpContext context, SurveyCatalog catalog, CancellationToken cancellationToken)
    {
        var survey = await catalog.FindAsync(id, cancellationToken);
        if (survey is null)
        {
            return (null, Results.NotFound());
        }

        if (context.User.Identity?.IsAuthenticated != true)
        {
            return (null, Results.Challenge());
        }

        return await catalog.IsEditorAsync(context.User, survey, cancellationToken) ? (survey, null) : (null, Results.Forbid());
    }

    private static Task<List<SurveyResponse>> ResponsesAsync(SmartRegionDb db, int surveyId, CancellationToken cancellationToken) =>
        db.Set<SurveyResponse>().AsNoTracking().Include(r => r.Answers).Where(r => r.SurveyId == surveyId).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>All of one question's answer in one cell, readable without the survey's structure at hand.</summary>
    public static string CellText(SurveyQuestion question, List<SurveyAnswer> answers, bool english)
    {
        string OptionText(int? optionId) => question.Options.SingleOrDefault(o => o.Id == optionId)?.Text(english) ?? "";
        return question.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => string.Join("; ", answers.Select(a => OptionText(a.OptionId))),
            QuestionKind.FreeText => answers.FirstOrDefault()?.TextValue ?? "",
            QuestionKind.Number or QuestionKind.Scale => answers.FirstOrDefault()?.NumberValue?.ToString(CultureInfo.InvariantCulture) ?? "",
            QuestionKind.Ranking => string.Join(" > ", answers.OrderBy(a => a.NumberValue).Select(a => OptionText(a.OptionId))),
            QuestionKind.Matrix => string.Join("; ", answers.Select(a => $"{OptionText(a.OptionId)}: {OptionText(a.ColumnOptionId)}")),
            QuestionKind.Date => answers.FirstOrDefault()?.DateValue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            QuestionKind.MapPoint => answers.FirstOrDefault() is { Latitude: { } lat, Longitude: { } lon }
                ? string.Create(CultureInfo.InvariantCulture, $"{lat} {lon}")
                : "",
            _ => "",
        };
    }
}

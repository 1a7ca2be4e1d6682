using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>One line of a result table: an option (or scale point) with its count and share of the question's respondents.</summary>
public sealed record ResultLine(int? OptionId, string Label, int Count, double Percent, double? MeanRank = null);

public sealed record FreeTextAnswer(long Id, string Text, FreeTextState State, DateTime SubmittedAt);

/// <summary>The figures of one question.</summary>
public sealed class QuestionResult
{
    public required SurveyQuestion Question { get; init; }

    /// <summary>Responses that answered this question.</summary>
    public int Respondents { get; init; }

    public List<ResultLine> Lines { get; init; } = [];

    public double? Mean { get; init; }

    public double? Median { get; init; }

    /// <summary>Matrix counts by row id, then column id.</summary>
    public Dictionary<int, Dictionary<int, int>> Matrix { get; init; } = [];

    public List<FreeTextAnswer> Texts { get; init; } = [];
}

public sealed record SurveyResultSet(int Responses, List<QuestionResult> Questions);

/// <summary>Counts, shares, means and ranks of a survey, computed by the database from the typed answer columns.</summary>
public sealed class SurveyResults(SmartRegionDb db)
{
    /// <param name="allTexts">Editors and moderators see every free text with its state; others only released ones.</param>
    public async Task<SurveyResultSet> ComputeAsync(Survey survey, bool english, bool allTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var answers = db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == survey.Id);
        var responses = await db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == survey.Id, cancellationToken);
        var respondents = await answers.GroupBy(a => a.QuestionId)
            .Select(g => new { QuestionId = g.Key, Count = g.Select(a => a.ResponseId).Distinct().Count() })
            .ToDictionaryAsync(g => g.QuestionId, g => g.Count, cancellationToken);
        var byOption = await answers.Where(a => a.OptionId != null)
            .GroupBy(a => new { a.QuestionId, a.OptionId, a.ColumnOptionId })
            .Select(g => new { g.Key.QuestionId, g.Key.OptionId, g.Key.ColumnOptionId, Count = g.Count(), MeanNumber = g.Average(a => a.NumberValue) })
            .ToListAsync(cancellationToken);
        var numeric = await answers.Where(a => a.OptionId == null && a.NumberValue != null)
            .GroupBy(a => new { a.QuestionId, a.NumberValue })
            .Select(g => new { g.Key.QuestionId, Value = g.Key.NumberValue!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var textQuery = answers.Where(a => a.TextValue != null);
        if (!allTexts)
        {
            textQuery = textQuery.Where(a => a.TextState == FreeTextState.Released);
        }

        var texts = await textQuery
            .Join(db.Set<SurveyResponse>(), a => a.ResponseId, r => r.Id, (a, r) => new { a.Id, a.QuestionId, Text = a.TextValue!, a.TextState, r.SubmittedAt })
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);

        var results = new List<QuestionResult>();
        foreach (var question in survey.Questions)
        {
            var count = respondents.GetValueOrDefault(question.Id);
            var own = byOption.Where(o => o.QuestionId == question.Id).ToList();
            var values = numeric.Where(n => n.QuestionId == question.Id).OrderBy(n => n.Value).ToList();
            double Share(int part) => count == 0 ? 0 : Math.Round(100.0 * part / count, 1);
            var result = question.Kind switch
            {
                QuestionKind.SingleChoice or QuestionKind.MultipleChoice => new QuestionResult
                {
                    Question = question,
                    Respondents = count,
                    Lines = [.. question.Choices.Select(o =>
                    {
                        var n = own.Where(x => x.OptionId == o.Id).Sum(x => x.Count);
                        return new ResultLine(o.Id, o.Text(english), n, Share(n));
                    })],
                },
                QuestionKind.Scale => new QuestionResult
                {
                    Question = question,
                    Respondents = count,
                    Lines = [.. Enumerable.Range(1, SurveyQuestion.ScalePoints).Select(point =>
                    {
                        var n = values.Where(v => v.Value == point).Sum(v => v.Count);
                        return new ResultLine(null, question.ScaleLabel(point, english), n, Share(n));
                    })],
                    Mean = Mean(values.Select(v => (v.Value, v.Count))),
                },
                QuestionKind.Number => new QuestionResult
                {
                    Question = question,
                    Respondents = count,
                    Mean = Mean(values.Select(v => (v.Value, v.Count))),
                    Median = Median(values.Select(v => (v.Value, v.Count))),
                },
                QuestionKind.Ranking => new QuestionResult
                {
                    Question = question,
                    Respondents = count,
                    Lines = [.. question.Choices.Select(o =>
                    {
                        var line = own.SingleOrDefault(x => x.OptionId == o.Id);
                        return new ResultLine(o.Id, o.Text(english), line?.Count ?? 0, Share(line?.Count ?? 0), line?.MeanNumber is { } mean ? Math.Round(mean, 2) : null);
                    }).OrderBy(l => l.MeanRank ?? double.MaxValue)],
                },
                QuestionKind.Matrix => new QuestionResult
                {
                    Question = question,
                    Respondents = count,
                    Matrix = question.MatrixRows.ToDictionary(
                        row => row.Id,
                        row => question.Choices.ToDictionary(column => column.Id, column => own.Where(x => x.OptionId == row.Id && x.ColumnOptionId == column.Id).Sum(x => x.Count))),
                },
                QuestionKind.FreeText => new QuestionResult
                {
                    Question = question,
                    Respondents = count,
                    Texts = [.. texts.Where(t => t.QuestionId == question.Id).Select(t => new FreeTextAnswer(t.Id, t.Text, t.TextState, t.SubmittedAt))],
                },
                _ => new QuestionResult { Question = question, Respondents = count },
            };
            results.Add(result);
        }

        return new SurveyResultSet(responses, results);
    }

    private static double? Mean(IEnumerable<(double Value, int Count)> values)
    {
        var list = values.ToList();
        var total = list.Sum(v => v.Count);
        return total == 0 ? null : Math.Round(list.Sum(v => v.Value * v.Count) / total, 2);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count), from values sorted with their counts.</summary>
    private static double? Median(IEnumerable<(double Value, int Count)> sorted)
    {
        var expanded = sorted.SelectMany(v => Enumerable.Repeat(v.Value, v.Count)).ToList();
        if (expanded.Count == 0)
        {
            return null;
        }

        var middle = expanded.Count / 2;
        return expanded.Count % 2 == 1 ? expanded[middle] : Math.Round((expanded[middle - 1] + expanded[middle]) / 2, 2);
    }
}

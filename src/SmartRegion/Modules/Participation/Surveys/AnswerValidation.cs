using System.Globalization;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>A refused value: the field it belongs to, the text key and the text's arguments.</summary>
public sealed record AnswerError(string Field, string TextKey, params object[] Arguments);

/// <summary>
/// The server's judgement of a submission. Conditional questions whose condition is not met are inactive:
/// their values are dropped and they are never required, whatever the browser showed.
/// </summary>
public static class AnswerValidation
{
    public const int MaxTextLength = 4000;

    public static (List<SurveyAnswer> Answers, List<AnswerError> Errors) Validate(Survey survey, SurveyValues values)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(values);
        var answers = new List<SurveyAnswer>();
        var errors = new List<AnswerError>();
        foreach (var question in ActiveQuestions(survey, values))
        {
            var before = errors.Count;
            var own = Read(question, values, errors);
            if (errors.Count == before)
            {
                answers.AddRange(own);
            }
        }

        return (answers, errors);
    }

    /// <summary>The questions whose conditions hold for these values, in form order.</summary>
    public static List<SurveyQuestion> ActiveQuestions(Survey survey, SurveyValues values)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(values);
        var active = new List<SurveyQuestion>();
        var activeIds = new HashSet<int>();
        foreach (var question in survey.Questions)
        {
            if (question.ConditionQuestionId is not { } sourceId || ConditionHolds(sourceId, question.ConditionOptionId, activeIds, values))
            {
                active.Add(question);
                activeIds.Add(question.Id);
            }
        }

        return active;
    }

    private static bool ConditionHolds(int sourceId, int? optionId, HashSet<int> activeIds, SurveyValues values) =>
        activeIds.Contains(sourceId) && optionId is { } option
        && values.Has(SurveyFields.Question(sourceId), option.ToString(CultureInfo.InvariantCulture));

    private static List<SurveyAnswer> Read(SurveyQuestion question, SurveyValues values, List<AnswerError> errors)
    {
        var field = SurveyFields.Question(question.Id);
        return question.Kind switch
        {
            QuestionKind.SingleChoice => ReadChoices(question, values.All(field), single: true, errors),
            QuestionKind.MultipleChoice => ReadChoices(question, values.All(field), single: false, errors),
            QuestionKind.FreeText => ReadText(question, values.One(field), errors),
            QuestionKind.Number => ReadNumber(question, values.One(field), errors),
            QuestionKind.Scale => ReadScale(question, values.One(field), errors),
            QuestionKind.Ranking => ReadRanking(question, values, errors),
            QuestionKind.Matrix => ReadMatrix(question, values, errors),
            QuestionKind.Date => ReadDate(question, values.One(field), errors),
            QuestionKind.MapPoint => ReadPoint(question, values, errors),
            _ => [],
        };
    }

    private static SurveyAnswer Answer(SurveyQuestion question) => new() { SurveyId = question.SurveyId, QuestionId = question.Id };

    private static List<SurveyAnswer> Missing(SurveyQuestion question, List<AnswerError> errors, string? field = null)
    {
        if (question.IsRequired)
        {
            errors.Add(new AnswerError(field ?? SurveyFields.Question(question.Id), "Surveys.Error.Required"));
        }

        return [];
    }

    private static List<SurveyAnswer> ReadChoices(SurveyQuestion question, IReadOnlyList<string> chosen, bool single, List<AnswerError> errors)
    {
        if (chosen.Count == 0)
        {
            return Missing(question, errors);
        }

        var valid = question.Choices.Select(o => o.Id).ToHashSet();
        var ids = new List<int>();
        foreach (var value in chosen.Distinct(StringComparer.Ordinal))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !valid.Contains(id))
            {
                errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.InvalidOption"));
                return [];
            }

            ids.Add(id);
        }

        if (single && ids.Count > 1)
        {
            errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.OneOption"));
            return [];
        }

        return [.. ids.Select(id =>
        {
            var answer = Answer(question);
            answer.OptionId = id;
            return answer;
        })];
    }

    private static List<SurveyAnswer> ReadText(SurveyQuestion question, string? text, List<AnswerError> errors)
    {
        if (text is null)
        {
            return Missing(question, errors);
        }

        if (text.Length > MaxTextLength)
        {
            errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.TooLong", MaxTextLength));
            return [];
        }

        var answer = Answer(question);
        answer.TextValue = text;
        answer.TextState = FreeTextState.Pending;
        return [answer];
    }

    public static bool TryParseNumber(string? text, out double number) =>
        double.TryParse(text?.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
        && double.IsFinite(number);

    private static List<SurveyAnswer> ReadNumber(SurveyQuestion question, string? text, List<AnswerError> errors)
    {
        if (text is null)
        {
            return Missing(question, errors);
        }

        var field = SurveyFields.Question(question.Id);
        if (!TryParseNumber(text, out var number))
        {
            errors.Add(new AnswerError(field, "Surveys.Error.NotANumber"));
            return [];
        }

        if (number < (question.MinValue ?? double.MinValue) || number > (question.MaxValue ?? double.MaxValue))
        {
            errors.Add(new AnswerError(field, "Surveys.Error.OutOfRange", question.MinValue?.ToString(CultureInfo.CurrentCulture) ?? "–", question.MaxValue?.ToString(CultureInfo.CurrentCulture) ?? "–"));
            return [];
        }

        var answer = Answer(question);
        answer.NumberValue = number;
        return [answer];
    }

    private static List<SurveyAnswer> ReadScale(SurveyQuestion question, string? text, List<AnswerError> errors)
    {
        if (text is null)
        {
            return Missing(question, errors);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var point) || point is < 1 or > SurveyQuestion.ScalePoints)
        {
            errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.InvalidOption"));
            return [];
        }

        var answer = Answer(question);
        answer.NumberValue = point;
        return [answer];
    }

    /// <summary>Each item gets a rank; together the ranks must be 1 … n, each exactly once.</summary>
    private static List<SurveyAnswer> ReadRanking(SurveyQuestion question, SurveyValues values, List<AnswerError> errors)
    {
        var items = question.Choices.ToList();
        var ranks = items.Select(o => values.One(SurveyFields.RankOf(question.Id, o.Id))).ToList();
        if (ranks.All(r => r is null))
        {
            return Missing(question, errors);
        }

        var parsed = ranks.Select(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) ? rank : 0).ToList();
        if (!parsed.Order().SequenceEqual(Enumerable.Range(1, items.Count)))
        {
            errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.Ranking", items.Count));
            return [];
        }

        return [.. items.Select((item, index) =>
        {
            var answer = Answer(question);
            answer.OptionId = item.Id;
            answer.NumberValue = parsed[index];
            return answer;
        })];
    }

    private static List<SurveyAnswer> ReadMatrix(SurveyQuestion question, SurveyValues values, List<AnswerError> errors)
    {
        var columns = question.Choices.Select(o => o.Id).ToHashSet();
        var answers = new List<SurveyAnswer>();
        foreach (var row in question.MatrixRows)
        {
            var field = SurveyFields.MatrixRow(question.Id, row.Id);
            var chosen = values.All(field);
            if (chosen.Count == 0)
            {
                Missing(question, errors, field);
                continue;
            }

            if (chosen.Count > 1 || !int.TryParse(chosen[0], NumberStyles.None, CultureInfo.InvariantCulture, out var column) || !columns.Contains(column))
            {
                errors.Add(new AnswerError(field, "Surveys.Error.InvalidOption"));
                continue;
            }

            var answer = Answer(question);
            answer.OptionId = row.Id;
            answer.ColumnOptionId = column;
            answers.Add(answer);
        }

        return answers;
    }

    private static List<SurveyAnswer> ReadDate(SurveyQuestion question, string? text, List<AnswerError> errors)
    {
        if (text is null)
        {
            return Missing(question, errors);
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.InvalidDate"));
            return [];
        }

        var answer = Answer(question);
        answer.DateValue = date;
        return [answer];
    }

    private static List<SurveyAnswer> ReadPoint(SurveyQuestion question, SurveyValues values, List<AnswerError> errors)
    {
        var latitudeText = values.One(SurveyFields.Latitude(question.Id));
        var longitudeText = values.One(SurveyFields.Longitude(question.Id));
        if (latitudeText is null && longitudeText is null)
        {
            return Missing(question, errors);
        }

        if (!TryParseNumber(latitudeText, out var latitude) || !TryParseNumber(longitudeText, out var longitude)
            || latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            errors.Add(new AnswerError(SurveyFields.Question(question.Id), "Surveys.Error.InvalidPoint"));
            return [];
        }

        var answer = Answer(question);
        answer.Latitude = Math.Round(latitude, 6);
        answer.Longitude = Math.Round(longitude, 6);
        return [answer];
    }
}

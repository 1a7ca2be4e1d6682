using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>A question as the builder's form sends it; options are written one per line.</summary>
public sealed class QuestionInput
{
    public QuestionKind Kind { get; set; }

    public string? TextDe { get; set; }

    public string? TextEn { get; set; }

    public string? HelpDe { get; set; }

    public string? HelpEn { get; set; }

    public bool IsRequired { get; set; }

    public string? MinValue { get; set; }

    public string? MaxValue { get; set; }

    /// <summary>Choices, ranking items, scale labels or matrix columns, one per line.</summary>
    public string? OptionsDe { get; set; }

    public string? OptionsEn { get; set; }

    /// <summary>Matrix rows, one per line.</summary>
    public string? RowsDe { get; set; }

    public string? RowsEn { get; set; }

    /// <summary>"questionId:optionId" of an earlier choice, or empty.</summary>
    public string? Condition { get; set; }

    public static QuestionInput From(SurveyQuestion question) => new()
    {
        Kind = question.Kind,
        TextDe = question.TextDe,
        TextEn = question.TextEn,
        HelpDe = question.HelpDe,
        HelpEn = question.HelpEn,
        IsRequired = question.IsRequired,
        MinValue = question.MinValue?.ToString(CultureInfo.InvariantCulture),
        MaxValue = question.MaxValue?.ToString(CultureInfo.InvariantCulture),
        OptionsDe = string.Join('\n', question.Choices.Select(o => o.TextDe)),
        OptionsEn = string.Join('\n', question.Choices.Select(o => o.TextEn ?? "")).TrimEnd('\n'),
        RowsDe = string.Join('\n', question.MatrixRows.Select(o => o.TextDe)),
        RowsEn = string.Join('\n', question.MatrixRows.Select(o => o.TextEn ?? "")).TrimEnd('\n'),
        Condition = question.ConditionQuestionId is { } q && question.ConditionOptionId is { } o ? string.Create(CultureInfo.InvariantCulture, $"{q}:{o}") : null,
    };
}

/// <summary>
/// Changes a survey's structure. Once responses exist the questions stay as they are, since changing them
/// would change what earlier respondents answered; the caller refuses with a message.
/// </summary>
public sealed class SurveyBuilder(SmartRegionDb db)
{
    /// <summary>Checks a question; the errors name the input's members.</summary>
    public static List<(string Member, string TextKey)> Check(QuestionInput input, Survey survey, int? questionId, int sectionId)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(survey);
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(input.TextDe))
        {
            errors.Add((nameof(input.TextDe), "Surveys.Builder.TextRequired"));
        }

        var options = Lines(input.OptionsDe);
        if (input.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking or QuestionKind.Matrix && options.Count < 2)
        {
            errors.Add((nameof(input.OptionsDe), "Surveys.Builder.OptionsRequired"));
        }

        if (input.Kind == QuestionKind.Scale && options.Count is not (0 or SurveyQuestion.ScalePoints))
        {
            errors.Add((nameof(input.OptionsDe), "Surveys.Builder.ScaleLabels"));
        }

        if (input.Kind == QuestionKind.Matrix && Lines(input.RowsDe).Count < 1)
        {
            errors.Add((nameof(input.RowsDe), "Surveys.Builder.RowsRequired"));
        }

        var min = ParseOptional(input.MinValue, out var minValid);
        var max = ParseOptional(input.MaxValue, out var maxValid);
        if (!minValid)
        {
            errors.Add((nameof(input.MinValue), "Surveys.Error.NotANumber"));
        }

        if (!maxValid)
        {
            errors.Add((nameof(input.MaxValue), "Surveys.Error.NotANumber"));
        }

        if (min is not null && max is not null && min > max)
        {
            errors.Add((nameof(input.MaxValue), "Surveys.Builder.MinAboveMax"));
        }

        if (ParseCondition(input.Condition) is { } condition && !ConditionChoices(survey, questionId, sectionId).Any(c => c.QuestionId == condition.QuestionId && c.OptionId == condition.OptionId))
        {
            errors.Add((nameof(input.Condition), "Surveys.Builder.ConditionInvalid"));
        }

        return errors;
    }

    /// <summary>
    /// Choices a question may depend on: options of choice questions placed before it, so a condition never
    /// points forward or at itself.
    /// </summary>
    public static List<(int QuestionId, int OptionId, string Label)> ConditionChoices(Survey survey, int? questionId, int sectionId)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var ordered = survey.Questions.ToList();
        var section = survey.Sections.SingleOrDefault(s => s.Id == sectionId);
        var position = questionId is { } id ? ordered.FindIndex(q => q.Id == id) : -1;
        if (position < 0)
        {
            // A new question goes to the end of its section.
            var last = section?.Questions.OrderBy(q => q.SortOrder).LastOrDefault();
            position = last is null
                ? ordered.Count(q => survey.Sections.Single(s => s.Id == q.SectionId).SortOrder < (section?.SortOrder ?? int.MaxValue))
                : ordered.IndexOf(last) + 1;
        }

        return [.. ordered.Take(position).Where(q => q.IsChoice)
            .SelectMany(q => q.Choices.Select(o => (q.Id, o.Id, $"{q.TextDe} = {o.TextDe}")))];
    }

    public async Task<SurveySection> AddSectionAsync(Survey survey, string titleDe, string? titleEn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var section = new SurveySection
        {
            SurveyId = survey.Id,
            SortOrder = survey.Sections.Count == 0 ? 1 : survey.Sections.Max(s => s.SortOrder) + 1,
            TitleDe = titleDe.Trim(),
            TitleEn = Clean(titleEn),
        };
        db.Add(section);
        await db.SaveChangesAsync(cancellationToken);
        return section;
    }

    public async Task<SurveyQuestion> SaveQuestionAsync(Survey survey, int sectionId, int? questionId, QuestionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(input);
        var question = questionId is { } id
            ? await db.Set<SurveyQuestion>().Include(q => q.Options).SingleAsync(q => q.Id == id && q.SurveyId == survey.Id, cancellationToken)
            : new SurveyQuestion
            {
                SurveyId = survey.Id,
                SectionId = sectionId,
                SortOrder = (survey.Sections.Single(s => s.Id == sectionId).Questions.Select(q => (int?)q.SortOrder).Max() ?? 0) + 1,
            };
        question.Kind = input.Kind;
        question.TextDe = input.TextDe!.Trim();
        question.TextEn = Clean(input.TextEn);
        question.HelpDe = Clean(input.HelpDe);
        question.HelpEn = Clean(input.HelpEn);
        question.IsRequired = input.IsRequired;
        question.MinValue = input.Kind == QuestionKind.Number ? ParseOptional(input.MinValue, out _) : null;
        question.MaxValue = input.Kind == QuestionKind.Number ? ParseOptional(input.MaxValue, out _) : null;
        var condition = ParseCondition(input.Condition);
        question.ConditionQuestionId = condition?.QuestionId;
        question.ConditionOptionId = condition?.OptionId;

        var choices = question.HasOptions ? Lines(input.OptionsDe) : [];
        var rows = input.Kind == QuestionKind.Matrix ? Lines(input.RowsDe) : [];
        var removed = Reconcile(question, isRow: false, choices, Lines(input.OptionsEn, keepEmpty: true))
            .Concat(Reconcile(question, isRow: true, rows, Lines(input.RowsEn, keepEmpty: true))).ToList();
        if (questionId is null)
        {
            db.Add(question);
        }

        if (removed.Count > 0)
        {
            // Conditions waiting for an option that no longer exists would never hold; they are lifted.
            foreach (var dependent in await db.Set<SurveyQuestion>().Where(q => q.ConditionOptionId != null && removed.Contains(q.ConditionOptionId.Value)).ToListAsync(cancellationToken))
            {
                dependent.ConditionQuestionId = null;
                dependent.ConditionOptionId = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return question;
    }

    public async Task RemoveQuestionAsync(int surveyId, int questionId, CancellationToken cancellationToken)
    {
        await LiftConditionsOnAsync([questionId], cancellationToken);
        await db.Set<SurveyQuestion>().Where(q => q.Id == questionId && q.SurveyId == surveyId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task RemoveSectionAsync(int surveyId, int sectionId, CancellationToken cancellationToken)
    {
        var questionIds = await db.Set<SurveyQuestion>().Where(q => q.SectionId == sectionId && q.SurveyId == surveyId).Select(q => q.Id).ToListAsync(cancellationToken);
        await LiftConditionsOnAsync(questionIds, cancellationToken);
        var section = await db.Set<SurveySection>().SingleOrDefaultAsync(s => s.Id == sectionId && s.SurveyId == surveyId, cancellationToken);
        if (section is not null)
        {
            db.Remove(section);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Swaps the section with its neighbour above (-1) or below (+1).</summary>
    public async Task MoveSectionAsync(int surveyId, int sectionId, int direction, CancellationToken cancellationToken)
    {
        var sections = await db.Set<SurveySection>().Where(s => s.SurveyId == surveyId).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        await SwapAsync(sections, sections.FindIndex(s => s.Id == sectionId), direction, s => s.SortOrder, (s, v) => s.SortOrder = v, cancellationToken);
    }

    public async Task MoveQuestionAsync(int surveyId, int questionId, int direction, CancellationToken cancellationToken)
    {
        var sectionId = await db.Set<SurveyQuestion>().Where(q => q.Id == questionId && q.SurveyId == surveyId).Select(q => q.SectionId).SingleOrDefaultAsync(cancellationToken);
        var questions = await db.Set<SurveyQuestion>().Where(q => q.SectionId == sectionId).OrderBy(q => q.SortOrder).ToListAsync(cancellationToken);
        var index = questions.FindIndex(q => q.Id == questionId);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= questions.Count)
        {
            return;
        }

        // A question may not move above the question it depends on, nor below one that depends on it.
        var (upper, lower) = direction < 0 ? (questions[target], questions[index]) : (questions[index], questions[target]);
        if (lower.ConditionQuestionId == upper.Id)
        {
            return;
        }

        await SwapAsync(questions, index, direction, q => q.SortOrder, (q, v) => q.SortOrder = v, cancellationToken);
    }

    private async Task SwapAsync<T>(List<T> items, int index, int direction, Func<T, int> order, Action<T, int> setOrder, CancellationToken cancellationToken)
    {
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= items.Count)
        {
            return;
        }

        var (a, b) = (order(items[index]), order(items[target]));
        setOrder(items[index], b);
        setOrder(items[target], a);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LiftConditionsOnAsync(List<int> questionIds, CancellationToken cancellationToken) =>
        await db.Set<SurveyQuestion>().Where(q => q.ConditionQuestionId != null && questionIds.Contains(q.ConditionQuestionId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ConditionQuestionId, (int?)null).SetProperty(q => q.ConditionOptionId, (int?)null), cancellationToken);

    /// <summary>Keeps options in place by position (so conditions on them survive), adds new ones, removes the rest.</summary>
    private List<int> Reconcile(SurveyQuestion question, bool isRow, List<string> german, List<string> english)
    {
        var existing = question.Options.Where(o => o.IsMatrixRow == isRow).OrderBy(o => o.SortOrder).ToList();
        for (var i = 0; i < german.Count; i++)
        {
            var option = i < existing.Count ? existing[i] : new SurveyOption { IsMatrixRow = isRow };
            option.SortOrder = i + 1;
            option.TextDe = german[i];
            option.TextEn = i < english.Count ? Clean(english[i]) : null;
            if (i >= existing.Count)
            {
                question.Options.Add(option);
            }
        }

        var removed = existing.Skip(german.Count).ToList();
        foreach (var option in removed)
        {
            question.Options.Remove(option);
            db.Remove(option);
        }

        return [.. removed.Select(o => o.Id)];
    }

    public static List<string> Lines(string? text, bool keepEmpty = false) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => keepEmpty || l.Length > 0).Select(l => l.Length > 300 ? l[..300] : l)];

    private static double? ParseOptional(string? text, out bool valid)
    {
        valid = true;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        valid = AnswerValidation.TryParseNumber(text.Trim(), out var number);
        return valid ? number : null;
    }

    private static (int QuestionId, int OptionId)? ParseCondition(string? text) =>
        text?.Split(':') is [var q, var o] && int.TryParse(q, CultureInfo.InvariantCulture, out var questionId) && int.TryParse(o, CultureInfo.InvariantCulture, out var optionId)
            ? (questionId, optionId)
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>A questionnaire of one area, optionally part of a process, built by the area's editors.</summary>
public sealed class Survey
{
    public int Id { get; set; }

    public int AreaId { get; set; }

    public int? ProcessId { get; set; }

    public string TitleDe { get; set; } = "";

    public string? TitleEn { get; set; }

    public string? IntroDe { get; set; }

    public string? IntroEn { get; set; }

    public SurveyAccess Access { get; set; }

    /// <summary>First moment answers are taken (UTC).</summary>
    public DateTime OpensAt { get; set; }

    /// <summary>End of the answering time (UTC, exclusive).</summary>
    public DateTime ClosesAt { get; set; }

    /// <summary>Drafts are seen only by the area's editors.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Whether everybody may read the results; otherwise only the area's editors and moderators.</summary>
    public bool ResultsPublic { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<SurveySection> Sections { get; set; } = [];

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;

    public string? Intro(bool english) => english && !string.IsNullOrWhiteSpace(IntroEn) ? IntroEn : IntroDe;

    public bool IsOpenAt(DateTime utcNow) => OpensAt <= utcNow && utcNow < ClosesAt;

    public IEnumerable<SurveyQuestion> Questions => Sections.OrderBy(s => s.SortOrder).SelectMany(s => s.Questions.OrderBy(q => q.SortOrder));
}

/// <summary>Who may answer a survey.</summary>
public enum SurveyAccess
{
    /// <summary>Everybody; no account is asked and none is stored with the answers.</summary>
    Anonymous,

    /// <summary>Signed-in people, one response per account.</summary>
    AccountRequired,

    /// <summary>Signed-in people whose stated home area is the survey's area or lies below it.</summary>
    ResidentsOfArea,
}

/// <summary>A group of questions, shown as one fieldset.</summary>
public sealed class SurveySection
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int SortOrder { get; set; }

    public string TitleDe { get; set; } = "";

    public string? TitleEn { get; set; }

    public string? IntroDe { get; set; }

    public string? IntroEn { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];

    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;

    public string? Intro(bool english) => english && !string.IsNullOrWhiteSpace(IntroEn) ? IntroEn : IntroDe;
}

public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    FreeText,
    Number,

    /// <summary>Points 1 to 5; the question's five options, when present, label the points (Likert).</summary>
    Scale,

    /// <summary>The options put in order; each gets a distinct rank from 1.</summary>
    Ranking,

    /// <summary>Rows × columns, one column per row.</summary>
    Matrix,
    Date,
    MapPoint,
}

public sealed class SurveyQuestion
{
    public const int ScalePoints = 5;

    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int SectionId { get; set; }

    public int SortOrder { get; set; }

    public QuestionKind Kind { get; set; }

    public string TextDe { get; set; } = "";

    public string? TextEn { get; set; }

    public string? HelpDe { get; set; }

    public string? HelpEn { get; set; }

    public bool IsRequired { get; set; }

    /// <summary>Smallest number allowed (number questions).</summary>
    public double? MinValue { get; set; }

    /// <summary>Largest number allowed (number questions).</summary>
    public double? MaxValue { get; set; }

    /// <summary>The question is asked only when this earlier choice question was answered with <see cref="ConditionOptionId"/>.</summary>
    public int? ConditionQuestionId { get; set; }

    public int? ConditionOptionId { get; set; }

    public List<SurveyOption> Options { get; set; } = [];

    public string Text(bool english) => english && !string.IsNullOrWhiteSpace(TextEn) ? TextEn : TextDe;

    public string? Help(bool english) => english && !string.IsNullOrWhiteSpace(HelpEn) ? HelpEn : HelpDe;

    /// <summary>Choices, ranking items, scale labels or matrix columns, in order.</summary>
    public IEnumerable<SurveyOption> Choices => Options.Where(o => !o.IsMatrixRow).OrderBy(o => o.SortOrder);

    public IEnumerable<SurveyOption> MatrixRows => Options.Where(o => o.IsMatrixRow).OrderBy(o => o.SortOrder);

    public bool IsChoice => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;

    public bool HasOptions => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking or QuestionKind.Matrix or QuestionKind.Scale;

    /// <summary>Label of a scale point: the matching option when the editor named all five, else the number.</summary>
    public string ScaleLabel(int point, bool english)
    {
        var labels = Choices.ToList();
        return labels.Count == ScalePoints ? $"{point} – {labels[point - 1].Text(english)}" : point.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A choice, a ranking item, a scale label, or a matrix row or column.</summary>
public sealed class SurveyOption
{
    public int Id { get; set; }

    public int QuestionId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>For matrix questions: a row (the options that are not rows are the columns).</summary>
    public bool IsMatrixRow { get; set; }

    public string TextDe { get; set; } = "";

    public string? TextEn { get; set; }

    public string Text(bool english) => english && !string.IsNullOrWhiteSpace(TextEn) ? TextEn : TextDe;
}

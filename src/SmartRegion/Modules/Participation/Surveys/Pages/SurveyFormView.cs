using System.Globalization;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>What the survey form partial needs: the structure, the language and the values to show again.</summary>
public sealed record SurveyFormView(Survey Survey, bool English, SurveyValues Values)
{
    public bool IsChecked(string field, int optionId) => Values.Has(field, optionId.ToString(CultureInfo.InvariantCulture));

    public string? Value(string field) => Values.One(field);

    /// <summary>The question and option a conditional question waits for, for its hint.</summary>
    public (string Question, string Option)? ConditionOf(SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var source = Survey.Questions.SingleOrDefault(q => q.Id == question.ConditionQuestionId);
        var option = source?.Options.SingleOrDefault(o => o.Id == question.ConditionOptionId);
        return source is null || option is null ? null : (source.Text(English), option.Text(English));
    }
}

/// <summary>Survey times are stored in UTC and shown and entered in the region's time.</summary>
public static class SurveyTimes
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime ToBerlin(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    public static DateTime FromBerlin(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Berlin);

    public static string Show(DateTime utc) => ToBerlin(utc).ToString("g", CultureInfo.CurrentCulture);
}

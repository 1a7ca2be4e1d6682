using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>
/// The names of a survey form's fields, shared by the form, the server's checks and the API (which turns its
/// JSON into the same names). The first input of each question carries the id the error summary links to.
/// </summary>
public static class SurveyFields
{
    public static string Question(int questionId) => string.Create(CultureInfo.InvariantCulture, $"q{questionId}");

    public static string MatrixRow(int questionId, int rowId) => string.Create(CultureInfo.InvariantCulture, $"q{questionId}_r{rowId}");

    public static string RankOf(int questionId, int optionId) => string.Create(CultureInfo.InvariantCulture, $"q{questionId}_o{optionId}");

    public static string Latitude(int questionId) => string.Create(CultureInfo.InvariantCulture, $"q{questionId}_lat");

    public static string Longitude(int questionId) => string.Create(CultureInfo.InvariantCulture, $"q{questionId}_lon");
}

/// <summary>The submitted values by field name, from a posted form or from the API's JSON.</summary>
public sealed class SurveyValues(IReadOnlyDictionary<string, StringValues> values)
{
    public static readonly SurveyValues Empty = new(new Dictionary<string, StringValues>());

    public static SurveyValues FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
    }

    public IReadOnlyList<string> All(string name) =>
        values.TryGetValue(name, out var found) ? [.. found.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())] : [];

    public string? One(string name) => All(name) is [var first, ..] ? first : null;

    public bool Has(string name, string value) => All(name).Contains(value, StringComparer.Ordinal);
}

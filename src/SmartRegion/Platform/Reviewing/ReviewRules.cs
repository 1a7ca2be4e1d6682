using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Platform.Reviewing;

/// <summary>
/// The rules of a reviewer's input, the same for forms and the API. A saved draft only has to be readable; a
/// submitted review scores every criterion from 0 to 5 with reasons and gives a recommendation. Error keys are
/// property paths of <see cref="ReviewInput"/> (<c>Scores[c1].Score</c>, <c>Recommendation</c>).
/// </summary>
public sealed class ReviewRules(IStringLocalizer<SharedTexts> texts)
{
    public const int LowestScore = 0;
    public const int HighestScore = 5;

    public static string ScoreKey(string criterionKey) => $"{nameof(ReviewInput.Scores)}[{criterionKey}].{nameof(ScoreInput.Score)}";

    public static string CommentKey(string criterionKey) => $"{nameof(ReviewInput.Scores)}[{criterionKey}].{nameof(ScoreInput.Comment)}";

    public Dictionary<string, string> Errors(IReadOnlyList<ReviewCriterionRef> criteria, ReviewInput input, bool complete)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var criterion in criteria)
        {
            var entry = input.Scores.GetValueOrDefault(criterion.Key) ?? new ScoreInput();
            if (string.IsNullOrWhiteSpace(entry.Score) ? complete : ParseScore(entry.Score) is null)
            {
                errors[ScoreKey(criterion.Key)] = texts["Reviewing.Validation.Score", criterion.Label, LowestScore, HighestScore];
            }

            if (complete && string.IsNullOrWhiteSpace(entry.Comment))
            {
                errors[CommentKey(criterion.Key)] = texts["Reviewing.Validation.Reasons", criterion.Label];
            }
            else if (entry.Comment?.Trim().Length > ReviewingModel.CommentLength)
            {
                errors[CommentKey(criterion.Key)] = texts["Validation.MaxLength", texts["Reviewing.Reasons", criterion.Label], ReviewingModel.CommentLength];
            }
        }

        if (string.IsNullOrWhiteSpace(input.Recommendation) ? complete : ParseRecommendation(input.Recommendation) is null)
        {
            errors[nameof(ReviewInput.Recommendation)] = texts["Reviewing.Validation.Recommendation"];
        }

        if (input.Comment?.Trim().Length > ReviewingModel.CommentLength)
        {
            errors[nameof(ReviewInput.Comment)] = texts["Validation.MaxLength", texts["Reviewing.Comment"], ReviewingModel.CommentLength];
        }

        return errors;
    }

    /// <summary>The conflict note is optional; only its length is limited.</summary>
    public Dictionary<string, string> NoteErrors(string? note) =>
        note?.Trim().Length > ReviewingModel.NoteLength
            ? new Dictionary<string, string> { ["Note"] = texts["Validation.MaxLength", texts["Reviewing.ConflictNote"], ReviewingModel.NoteLength] }
            : [];

    public static int? ParseScore(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= LowestScore and <= HighestScore ? score : null;

    /// <summary>The name of a recommendation in any letter case; numbers are not names.</summary>
    public static ReviewRecommendation? ParseRecommendation(string? text) =>
        text?.Trim() is { Length: > 0 } name && char.IsLetter(name[0]) && Enum.TryParse<ReviewRecommendation>(name, ignoreCase: true, out var recommendation)
            ? recommendation
            : null;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons.Jury;

/// <summary>
/// The criteria of a hackathon's jury, as its editor sets them. They can change until the first judge submits a
/// review; from then on every score must mean the same, so they stay. Callers have checked the editor's role.
/// The check and the change are two statements: a change in the same moment as the first submission can still pass;
/// the scores stay attached by key either way, and a removed criterion's scores no longer count.
/// </summary>
public sealed class JuryCriteria(SmartRegionDb db, IStringLocalizer<SharedTexts> texts)
{
    public Task<List<JuryCriterion>> OfAsync(int hackathonId, CancellationToken cancellationToken) =>
        db.Set<JuryCriterion>().AsNoTracking().Where(c => c.HackathonId == hackathonId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>Whether a judge has submitted a review of the hackathon; then the criteria are fixed.</summary>
    public Task<bool> AreFixedAsync(int hackathonId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AnyAsync(a => a.SubjectKind == HackathonJury.SubjectKind && a.RoundId == hackathonId && a.SubmittedAt != null, cancellationToken);

    public async Task<ReviewOutcome> AddAsync(int hackathonId, JuryCriterionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Errors(input);
        if (errors.Count > 0)
        {
            return ReviewOutcome.Invalid(errors);
        }

        if (await AreFixedAsync(hackathonId, cancellationToken))
        {
            return Fixed();
        }

        var last = await db.Set<JuryCriterion>().Where(c => c.HackathonId == hackathonId).MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        db.Add(new JuryCriterion
        {
            HackathonId = hackathonId,
            SortOrder = last + 1,
            Name = input.Name!.Trim(),
            Description = ReviewRules.Clean(input.Description),
            Weight = ParseWeight(input.Weight)!.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    /// <summary>Removes a criterion while nothing is submitted; null when the hackathon has no such criterion.</summary>
    public async Task<ReviewOutcome?> RemoveAsync(int hackathonId, int criterionId, CancellationToken cancellationToken)
    {
        if (await AreFixedAsync(hackathonId, cancellationToken))
        {
            return Fixed();
        }

        var removed = await db.Set<JuryCriterion>().Where(c => c.Id == criterionId && c.HackathonId == hackathonId).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? ReviewOutcome.Done : null;
    }

    /// <summary>Error keys are the input's property names, as the forms and the API name the fields.</summary>
    public Dictionary<string, string> Errors(JuryCriterionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors[nameof(input.Name)] = texts["Validation.Required", texts["Hackathons.Jury.CriterionName"]];
        }
        else if (name.Length > HackathonsModel.CriterionNameLength)
        {
            errors[nameof(input.Name)] = texts["Validation.MaxLength", texts["Hackathons.Jury.CriterionName"], HackathonsModel.CriterionNameLength];
        }

        if (input.Description?.Trim().Length > HackathonsModel.StatementLength)
        {
            errors[nameof(input.Description)] = texts["Validation.MaxLength", texts["Hackathons.Jury.CriterionDescription"], HackathonsModel.StatementLength];
        }

        if (ParseWeight(input.Weight) is null)
        {
            errors[nameof(input.Weight)] = texts["Hackathons.Jury.Validation.Weight", 1, HackathonsModel.MaxCriterionWeight];
        }

        return errors;
    }

    private static int? ParseWeight(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight is >= 1 and <= HackathonsModel.MaxCriterionWeight ? weight : null;

    private ReviewOutcome Fixed() => ReviewOutcome.Refused(ReviewRefusal.Submitted, texts["Hackathons.Jury.CriteriaFixed"]);
}

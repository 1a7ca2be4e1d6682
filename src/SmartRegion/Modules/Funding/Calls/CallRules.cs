using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Calls;

/// <summary>The rules of a call's input, the same for the form and the API. Keys are property paths (<c>Criteria[0].Weight</c>).</summary>
public sealed partial class CallRules(RegionDirectory directory, IStringLocalizer<SharedTexts> texts)
{
    public const int MaxFormFields = 40;
    public const int MaxCriteria = 20;
    public const int LabelLength = 300;
    public const int OptionsLength = 2000;

    public async Task<Dictionary<string, string>> ErrorsAsync(CallInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        void Add(string key, string message) => errors.TryAdd(key, message);

        Text(errors, nameof(CallInput.TitleDe), "Funding.Call.TitleDe", input.TitleDe, CallsModel.TitleLength, required: true);
        Text(errors, nameof(CallInput.TitleEn), "Funding.Call.TitleEn", input.TitleEn, CallsModel.TitleLength, required: false);
        Text(errors, nameof(CallInput.DescriptionDe), "Funding.Call.DescriptionDe", input.DescriptionDe, CallsModel.DescriptionLength, required: true);
        Text(errors, nameof(CallInput.DescriptionEn), "Funding.Call.DescriptionEn", input.DescriptionEn, CallsModel.DescriptionLength, required: false);
        if (string.IsNullOrWhiteSpace(input.ReferencePrefix) || !PrefixPattern().IsMatch(input.ReferencePrefix.Trim()))
        {
            Add(nameof(CallInput.ReferencePrefix), texts["Funding.Validation.Prefix"]);
        }

        var areas = await directory.ChoicesAsync(cancellationToken);
        if (input.AreaId is not { } areaId)
        {
            Add(nameof(CallInput.AreaId), texts["Validation.Required", texts["Funding.Call.Area"]]);
        }
        else if (areas.All(a => a.Id != areaId))
        {
            Add(nameof(CallInput.AreaId), texts["Funding.Validation.UnknownArea"]);
        }

        if (input.EligibleAreaIds.Count == 0)
        {
            Add(nameof(CallInput.EligibleAreaIds), texts["Funding.Validation.ChooseAtLeastOne", texts["Funding.Call.EligibleAreas"]]);
        }
        else if (input.EligibleAreaIds.Any(id => areas.All(a => a.Id != id)))
        {
            Add(nameof(CallInput.EligibleAreaIds), texts["Funding.Validation.UnknownArea"]);
        }

        if (input.ApplicantTypes.Count == 0)
        {
            Add(nameof(CallInput.ApplicantTypes), texts["Funding.Validation.ChooseAtLeastOne", texts["Funding.Call.ApplicantTypes"]]);
        }

        var fields = await directory.FieldsAsync(cancellationToken);
        if (input.FieldKeys.Any(key => fields.All(f => f.Key != key)))
        {
            Add(nameof(CallInput.FieldKeys), texts["Funding.Validation.UnknownField"]);
        }

        Money(errors, nameof(CallInput.TotalBudget), "Funding.Call.TotalBudget", input.TotalBudget);
        Money(errors, nameof(CallInput.MinGrant), "Funding.Call.MinGrant", input.MinGrant);
        Money(errors, nameof(CallInput.MaxGrant), "Funding.Call.MaxGrant", input.MaxGrant);
        if (input.MinGrant is { } min && input.MaxGrant is { } max && min > max)
        {
            Add(nameof(CallInput.MaxGrant), texts["Funding.Validation.MaxBelowMin"]);
        }

        if (input.MaxGrant is { } largest && input.TotalBudget is { } total && largest > total)
        {
            Add(nameof(CallInput.MaxGrant), texts["Funding.Validation.MaxAboveBudget"]);
        }

        if (input.MinOwnContributionPercent is { } percent && (percent < 0 || percent >= 100))
        {
            Add(nameof(CallInput.MinOwnContributionPercent), texts["Funding.Validation.Percent"]);
        }

        var opens = Moment(errors, nameof(CallInput.OpensAt), "Funding.Call.OpensAt", input.OpensAt);
        var closes = Moment(errors, nameof(CallInput.ClosesAt), "Funding.Call.ClosesAt", input.ClosesAt);
        if (opens is { } from && closes is { } to && to <= from)
        {
            Add(nameof(CallInput.ClosesAt), texts["Funding.Validation.ClosesBeforeOpens"]);
        }

        if (input.MaxProjectMonths is not (>= 1 and <= 120))
        {
            Add(nameof(CallInput.MaxProjectMonths), texts["Funding.Validation.WholeNumber", texts["Funding.Call.MaxProjectMonths"], 1, 120]);
        }

        if (input.InterimReportMonths is { } interim && interim is < 1 or > 120)
        {
            Add(nameof(CallInput.InterimReportMonths), texts["Funding.Validation.WholeNumber", texts["Funding.Call.InterimReportMonths"], 1, 120]);
        }

        CriteriaErrors(input, errors);
        FormFieldErrors(input, errors);
        if (input.MinOwnContributionPercent is > 0 && !input.FormFields.Any(f => !f.IsBlank && f.Kind == FormFieldKind.BudgetTable))
        {
            Add(nameof(CallInput.MinOwnContributionPercent), texts["Funding.Validation.BudgetTableNeeded"]);
        }

        return errors;
    }

    /// <summary>Copies a valid input onto the call; spare rows are dropped and new form fields get their keys.</summary>
    public static void Apply(FundingCall call, CallInput input)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(input);
        call.AreaId = input.AreaId!.Value;
        call.ReferencePrefix = input.ReferencePrefix!.Trim().ToUpperInvariant();
        call.TitleDe = input.TitleDe!.Trim();
        call.TitleEn = Clean(input.TitleEn);
        call.DescriptionDe = input.DescriptionDe!.Trim();
        call.DescriptionEn = Clean(input.DescriptionEn);
        call.FieldKeys = [.. input.FieldKeys.Distinct()];
        call.ApplicantTypes = [.. input.ApplicantTypes.Distinct().Order()];
        call.EligibleAreaIds = [.. input.EligibleAreaIds.Distinct()];
        call.TotalBudget = input.TotalBudget!.Value;
        call.MinGrant = input.MinGrant!.Value;
        call.MaxGrant = input.MaxGrant!.Value;
        call.MinOwnContributionPercent = input.MinOwnContributionPercent;
        BerlinTime.TryParseLocal(input.OpensAt, out var opens);
        BerlinTime.TryParseLocal(input.ClosesAt, out var closes);
        call.OpensAt = opens;
        call.ClosesAt = closes;
        call.MaxProjectMonths = input.MaxProjectMonths!.Value;
        call.InterimReportMonths = input.InterimReportMonths;
        call.FinalReportAtProjectEnd = input.FinalReportAtProjectEnd;
        // Criteria stored before they had keys count under the key their scores use (see ReviewCriteria.KeyOf).
        var storedKeys = call.Criteria.Select((c, i) => Review.ReviewCriteria.KeyOf(c, i)).ToList();
        var knownCriteria = storedKeys.ToHashSet(StringComparer.Ordinal);
        var nextCriterion = NextNumber(storedKeys, 'c');
        call.Criteria = [.. input.Criteria.Where(c => !c.IsBlank).Select(c => new ReviewCriterion
        {
            // Each known key once: a form posted with the same key twice must not give two criteria one key.
            Key = c.Key is { Length: > 0 } key && knownCriteria.Remove(key) ? key : $"c{++nextCriterion}",
            NameDe = c.NameDe!.Trim(),
            NameEn = Clean(c.NameEn),
            Weight = c.Weight!.Value,
            DescriptionDe = Clean(c.DescriptionDe),
            DescriptionEn = Clean(c.DescriptionEn),
        })];

        var known = call.FormFields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var next = NextNumber(call.FormFields.Select(f => f.Key), 'f');
        call.FormFields = [.. input.FormFields.Where(f => !f.IsBlank).Select(f => new FormFieldDefinition
        {
            Key = f.Key is { } key && known.Contains(key) ? key : $"f{++next}",
            Kind = f.Kind!.Value,
            LabelDe = f.LabelDe!.Trim(),
            LabelEn = Clean(f.LabelEn),
            Required = f.Required,
            Min = f.Min,
            Max = f.Max,
            Options = SplitOptions(f.Options),
        })];
    }

    /// <summary>The highest number among keys such as <c>f3</c> or <c>c2</c>, so that a new key never repeats an old one.</summary>
    private static int NextNumber(IEnumerable<string> keys, char prefix) =>
        keys.Select(k => int.TryParse(k.TrimStart(prefix), CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();

    public static List<string> SplitOptions(string? options) =>
        [.. (options ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private void CriteriaErrors(CallInput input, Dictionary<string, string> errors)
    {
        var rows = input.Criteria.Select((c, i) => (Row: c, Index: i)).Where(r => !r.Row.IsBlank).ToList();
        if (rows.Count > MaxCriteria)
        {
            errors.TryAdd(nameof(CallInput.Criteria), texts["Funding.Validation.TooManyRows", MaxCriteria]);
        }

        foreach (var (row, i) in rows)
        {
            var prefix = $"{nameof(CallInput.Criteria)}[{i}].";
            Text(errors, prefix + nameof(CriterionInput.NameDe), "Funding.Criterion.NameDe", row.NameDe, LabelLength, required: true);
            Text(errors, prefix + nameof(CriterionInput.NameEn), "Funding.Criterion.NameEn", row.NameEn, LabelLength, required: false);
            Text(errors, prefix + nameof(CriterionInput.DescriptionDe), "Funding.Criterion.DescriptionDe", row.DescriptionDe, OptionsLength, required: false);
            Text(errors, prefix + nameof(CriterionInput.DescriptionEn), "Funding.Criterion.DescriptionEn", row.DescriptionEn, OptionsLength, required: false);
            if (row.Weight is not (>= 1 and <= 100))
            {
                errors.TryAdd(prefix + nameof(CriterionInput.Weight), texts["Funding.Validation.WholeNumber", texts["Funding.Criterion.Weight"], 1, 100]);
            }
        }
    }

    private void FormFieldErrors(CallInput input, Dictionary<string, string> errors)
    {
        var rows = input.FormFields.Select((f, i) => (Row: f, Index: i)).Where(r => !r.Row.IsBlank).ToList();
        if (rows.Count > MaxFormFields)
        {
            errors.TryAdd(nameof(CallInput.FormFields), texts["Funding.Validation.TooManyRows", MaxFormFields]);
        }

        foreach (var (row, i) in rows)
        {
            var prefix = $"{nameof(CallInput.FormFields)}[{i}].";
            Text(errors, prefix + nameof(FormFieldInput.LabelDe), "Funding.FormField.LabelDe", row.LabelDe, LabelLength, required: true);
            Text(errors, prefix + nameof(FormFieldInput.LabelEn), "Funding.FormField.LabelEn", row.LabelEn, LabelLength, required: false);
            Text(errors, prefix + nameof(FormFieldInput.Options), "Funding.FormField.Options", row.Options, OptionsLength, required: false);
            if (row.Kind is null)
            {
                errors.TryAdd(prefix + nameof(FormFieldInput.Kind), texts["Validation.Required", texts["Funding.FormField.Kind"]]);
            }
            else if (row.Kind is FormFieldKind.Choice or FormFieldKind.BudgetTable && SplitOptions(row.Options).Count == 0)
            {
                errors.TryAdd(prefix + nameof(FormFieldInput.Options), texts["Funding.Validation.OptionsNeeded"]);
            }

            if (row.Min is { } min && row.Max is { } max && min > max)
            {
                errors.TryAdd(prefix + nameof(FormFieldInput.Max), texts["Funding.Validation.MaxBelowMin"]);
            }
        }
    }

    private void Text(Dictionary<string, string> errors, string key, string labelKey, string? value, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.TryAdd(key, texts["Validation.Required", texts[labelKey]]);
        }
        else if (value is not null && value.Trim().Length > maxLength)
        {
            errors.TryAdd(key, texts["Validation.MaxLength", texts[labelKey], maxLength]);
        }
    }

    private void Money(Dictionary<string, string> errors, string key, string labelKey, decimal? value)
    {
        if (value is null)
        {
            errors.TryAdd(key, texts["Validation.Required", texts[labelKey]]);
        }
        else if (value < 0 || value > 1_000_000_000m)
        {
            errors.TryAdd(key, texts["Funding.Validation.Money", texts[labelKey]]);
        }
    }

    private DateTime? Moment(Dictionary<string, string> errors, string key, string labelKey, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.TryAdd(key, texts["Validation.Required", texts[labelKey]]);
            return null;
        }

        var refusal = BerlinTime.TryParseLocal(value, out var utc);
        if (refusal != BerlinTime.Refusal.None)
        {
            errors.TryAdd(key, texts[refusal == BerlinTime.Refusal.DoesNotExist ? "Funding.Validation.TimeSkipped" : "Funding.Validation.DateTime", texts[labelKey]]);
            return null;
        }

        return utc;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Za-z]{1,10}$")]
    private static partial Regex PrefixPattern();
}

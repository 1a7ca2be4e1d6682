using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>
/// The rules of an application, the same for the form and the API. A draft only has to be readable; a
/// submission must be complete and keep the call's rules (grant range, own contribution, applicant type, area,
/// milestone dates). Error keys: <c>Title</c>, <c>GrantRequested</c>, …, and <c>Answers.{field key}</c>.
/// </summary>
public sealed class ApplicationRules(RegionDirectory directory, IStringLocalizer<SharedTexts> texts)
{
    public const string AnswersPrefix = "Answers.";
    public const int MaxRows = 50;

    /// <summary>Reads the input onto the application; answers of file fields stay as they are (they come by upload).</summary>
    public async Task<Dictionary<string, string>> ApplyAsync(FundingCall call, FundingApplication application, ApplicationInput input, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        application.Title = Text(errors, nameof(ApplicationInput.Title), texts["Funding.Application.Title"], input.Title, ApplicationsModel.TitleLength) ?? "";
        application.ApplicantName = Text(errors, nameof(ApplicationInput.ApplicantName), texts["Funding.Application.ApplicantName"], input.ApplicantName, ApplicationsModel.ApplicantNameLength) ?? "";
        application.ApplicantType = input.ApplicantType;
        if (input.ApplicantType is { } type && !call.ApplicantTypes.Contains(type))
        {
            errors.TryAdd(nameof(ApplicationInput.ApplicantType), texts["Funding.Validation.ApplicantType"]);
        }

        application.AreaId = input.AreaId;
        if (input.AreaId is { } areaId && !await IsEligibleAreaAsync(call, areaId, cancellationToken))
        {
            errors.TryAdd(nameof(ApplicationInput.AreaId), texts["Funding.Validation.Area"]);
        }

        application.GrantRequested = Decimal(errors, nameof(ApplicationInput.GrantRequested), texts["Funding.Application.GrantRequested"], input.GrantRequested, culture);

        var answers = new Dictionary<string, FieldAnswer>(StringComparer.Ordinal);
        foreach (var field in call.FormFields)
        {
            var key = AnswersPrefix + field.Key;
            var label = field.Label(LocalizationSetup.IsEnglish);
            input.Answers.TryGetValue(field.Key, out var given);
            var answer = field.Kind switch
            {
                FormFieldKind.File => application.Answers.GetValueOrDefault(field.Key),
                FormFieldKind.MilestonePlan => Milestones(errors, key, given?.Milestones),
                FormFieldKind.BudgetTable => Budget(errors, key, field, given?.Budget, culture),
                _ => Value(errors, key, label, field, given?.Value, culture),
            };
            if (answer is not null)
            {
                answers[field.Key] = answer;
            }
        }

        application.Answers = answers;
        return errors;
    }

    /// <summary>What a submission must keep beyond readable input; checked on the stored application.</summary>
    public async Task<Dictionary<string, string>> SubmissionErrorsAsync(FundingCall call, FundingApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        var errors = new Dictionary<string, string>();
        void Required(string key, string label, bool present)
        {
            if (!present)
            {
                errors.TryAdd(key, texts["Validation.Required", label]);
            }
        }

        Required(nameof(ApplicationInput.Title), texts["Funding.Application.Title"], !string.IsNullOrWhiteSpace(application.Title));
        Required(nameof(ApplicationInput.ApplicantName), texts["Funding.Application.ApplicantName"], !string.IsNullOrWhiteSpace(application.ApplicantName));
        Required(nameof(ApplicationInput.ApplicantType), texts["Funding.Application.ApplicantType"], application.ApplicantType is not null);
        Required(nameof(ApplicationInput.AreaId), texts["Funding.Application.Area"], application.AreaId is not null);
        if (application.ApplicantType is { } type && !call.ApplicantTypes.Contains(type))
        {
            errors.TryAdd(nameof(ApplicationInput.ApplicantType), texts["Funding.Validation.ApplicantType"]);
        }

        if (application.AreaId is { } areaId && !await IsEligibleAreaAsync(call, areaId, cancellationToken))
        {
            errors.TryAdd(nameof(ApplicationInput.AreaId), texts["Funding.Validation.Area"]);
        }

        if (application.GrantRequested is not { } grant)
        {
            Required(nameof(ApplicationInput.GrantRequested), texts["Funding.Application.GrantRequested"], false);
        }
        else if (grant < call.MinGrant || grant > call.MaxGrant)
        {
            errors.TryAdd(nameof(ApplicationInput.GrantRequested), texts["Funding.Validation.GrantRange", Euro(call.MinGrant), Euro(call.MaxGrant)]);
        }

        var english = LocalizationSetup.IsEnglish;
        var earliest = DateOnly.FromDateTime(BerlinTime.ToLocal(call.OpensAt));
        var latest = DateOnly.FromDateTime(BerlinTime.ToLocal(call.ClosesAt)).AddMonths(call.MaxProjectMonths);
        foreach (var field in call.FormFields)
        {
            var key = AnswersPrefix + field.Key;
            var answer = application.Answers.GetValueOrDefault(field.Key);
            var present = field.Kind switch
            {
                FormFieldKind.MilestonePlan => answer?.Milestones is { Count: > 0 },
                FormFieldKind.BudgetTable => answer?.Budget is { Count: > 0 },
                _ => !string.IsNullOrWhiteSpace(answer?.Value),
            };
            if (field.Required)
            {
                Required(key, field.Label(english), present);
            }

            var outside = answer?.Milestones?.Select((m, i) => (Row: m, Number: i + 1)).FirstOrDefault(m => m.Row.Due < earliest || m.Row.Due > latest);
            if (outside is { Row: not null } row)
            {
                errors.TryAdd(key, texts["Funding.Validation.MilestoneRange", row.Number, Date(earliest), Date(latest)]);
            }
        }

        OwnContributionError(call, application, errors);
        return errors;
    }

    public async Task<bool> IsEligibleAreaAsync(FundingCall call, int areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        foreach (var eligible in call.EligibleAreaIds)
        {
            if (await directory.IsWithinAsync(areaId, eligible, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public static string Euro(decimal amount) => amount.ToString("#,##0.## €", CultureInfo.CurrentCulture);

    /// <summary>The applicant pays at least the call's share of the total cost of the budget table: cost − grant ≥ cost × share.</summary>
    private void OwnContributionError(FundingCall call, FundingApplication application, Dictionary<string, string> errors)
    {
        if (call.MinOwnContributionPercent is not { } percent || percent <= 0 || application.GrantRequested is not { } grant)
        {
            return;
        }

        var budgetField = call.FormFields.FirstOrDefault(f => f.Kind == FormFieldKind.BudgetTable);
        if (budgetField is null)
        {
            return;
        }

        var total = application.Answers.GetValueOrDefault(budgetField.Key)?.Budget?.Sum(r => r.Amount ?? 0) ?? 0;
        if (total <= 0)
        {
            errors.TryAdd(AnswersPrefix + budgetField.Key, texts["Funding.Validation.BudgetNeeded", budgetField.Label(LocalizationSetup.IsEnglish)]);
            return;
        }

        var needed = Math.Round(total * percent / 100m, 2);
        if (total - grant < needed)
        {
            errors.TryAdd(nameof(ApplicationInput.GrantRequested), texts["Funding.Validation.OwnContribution", percent.ToString("0.##", CultureInfo.CurrentCulture), Euro(total), Euro(needed), Euro(Math.Max(0, total - grant))]);
        }
    }

    private string? Text(Dictionary<string, string> errors, string key, string label, string? value, int maxLength)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is not null && text.Length > maxLength)
        {
            errors.TryAdd(key, texts["Validation.MaxLength", label, maxLength]);
        }

        return text;
    }

    private decimal? Decimal(Dictionary<string, string> errors, string key, string label, string? value, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!FundingAmounts.TryParse(value, culture, out var number))
        {
            errors.TryAdd(key, texts["Funding.Validation.Number", label]);
            return null;
        }

        return number;
    }

    private FieldAnswer? Value(Dictionary<string, string> errors, string key, string label, FormFieldDefinition field, string? value, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        switch (field.Kind)
        {
            case FormFieldKind.Number or FormFieldKind.Money:
                var number = Decimal(errors, key, label, text, culture);
                if (number is null)
                {
                    return null;
                }

                if ((field.Min is { } min && number < min) || (field.Max is { } max && number > max))
                {
                    errors.TryAdd(key, texts["Funding.Validation.Range", label, Show(field.Min, field.Kind), Show(field.Max, field.Kind)]);
                }

                return new FieldAnswer { Value = number.Value.ToString(CultureInfo.InvariantCulture) };
            case FormFieldKind.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    errors.TryAdd(key, texts["Funding.Validation.Date", label]);
                    return null;
                }

                return new FieldAnswer { Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            case FormFieldKind.Choice:
                if (!field.Options.Contains(text, StringComparer.Ordinal))
                {
                    errors.TryAdd(key, texts["Funding.Validation.Choice", label]);
                    return null;
                }

                return new FieldAnswer { Value = text };
            default:
                var limit = field.Kind == FormFieldKind.LongText ? ApplicationsModel.LongTextLength : ApplicationsModel.TextLength;
                if (field.Max is { } most && most > 0 && most < limit)
                {
                    limit = (int)most;
                }

                return new FieldAnswer { Value = Text(errors, key, label, text, limit) };
        }
    }

    private FieldAnswer? Milestones(Dictionary<string, string> errors, string key, List<MilestoneInput>? rows)
    {
        var kept = new List<MilestoneRow>();
        foreach (var (row, number) in (rows ?? []).Take(MaxRows).Select((r, i) => (r, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(row.Title) && string.IsNullOrWhiteSpace(row.Due))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Title) || row.Title.Trim().Length > ApplicationsModel.TextLength)
            {
                errors.TryAdd(key, texts["Funding.Validation.MilestoneTitle", number]);
            }

            if (!DateOnly.TryParseExact(row.Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                errors.TryAdd(key, texts["Funding.Validation.MilestoneDate", number]);
                continue;
            }

            kept.Add(new MilestoneRow { Title = row.Title?.Trim() ?? "", Due = due });
        }

        return kept.Count == 0 ? null : new FieldAnswer { Milestones = kept };
    }

    private FieldAnswer? Budget(Dictionary<string, string> errors, string key, FormFieldDefinition field, List<BudgetInput>? rows, CultureInfo culture)
    {
        var kept = new List<BudgetRow>();
        foreach (var (row, number) in (rows ?? []).Take(MaxRows).Select((r, i) => (r, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(row.Category) && string.IsNullOrWhiteSpace(row.Amount))
            {
                continue;
            }

            var category = row.Category?.Trim() ?? "";
            if (!field.Options.Contains(category, StringComparer.Ordinal))
            {
                errors.TryAdd(key, texts["Funding.Validation.BudgetCategory", number]);
            }

            if (!decimal.TryParse(row.Amount?.Replace("€", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, culture, out var amount) || amount < 0 || amount > 1_000_000_000m)
            {
                errors.TryAdd(key, texts["Funding.Validation.BudgetAmount", number]);
                continue;
            }

            kept.Add(new BudgetRow { Category = category, Amount = Math.Round(amount, 2) });
        }

        return kept.Count == 0 ? null : new FieldAnswer { Budget = kept };
    }

    private static string Show(decimal? value, FormFieldKind kind) =>
        value is not { } number ? "–" : kind == FormFieldKind.Money ? Euro(number) : number.ToString("#,##0.##", CultureInfo.CurrentCulture);

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}

using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Modules.Funding.Calls;

/// <summary>
/// What an editor enters for a call, in the form and in the API. Every rule lives in <see cref="CallRules"/>,
/// so the page and the API answer alike; the annotations only mark the required fields in the form.
/// </summary>
public sealed class CallInput
{
    [Required]
    public int? AreaId { get; set; }

    [Required]
    public string? ReferencePrefix { get; set; } = "SP";

    [Required]
    public string? TitleDe { get; set; }

    public string? TitleEn { get; set; }

    [Required]
    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public List<string> FieldKeys { get; set; } = [];

    public List<ApplicantType> ApplicantTypes { get; set; } = [];

    public List<int> EligibleAreaIds { get; set; } = [];

    [Required]
    public decimal? TotalBudget { get; set; }

    [Required]
    public decimal? MinGrant { get; set; }

    [Required]
    public decimal? MaxGrant { get; set; }

    public decimal? MinOwnContributionPercent { get; set; }

    /// <summary>Berlin wall-clock time, <c>2026-05-04T18:00</c>.</summary>
    [Required]
    public string? OpensAt { get; set; }

    /// <summary>Berlin wall-clock time, <c>2026-07-31T23:59</c>.</summary>
    [Required]
    public string? ClosesAt { get; set; }

    [Required]
    public int? MaxProjectMonths { get; set; } = 24;

    public int? InterimReportMonths { get; set; }

    public bool FinalReportAtProjectEnd { get; set; } = true;

    public List<CriterionInput> Criteria { get; set; } = [];

    public List<FormFieldInput> FormFields { get; set; } = [];

    public static CallInput From(FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallInput
        {
            AreaId = call.AreaId,
            ReferencePrefix = call.ReferencePrefix,
            TitleDe = call.TitleDe,
            TitleEn = call.TitleEn,
            DescriptionDe = call.DescriptionDe,
            DescriptionEn = call.DescriptionEn,
            FieldKeys = [.. call.FieldKeys],
            ApplicantTypes = [.. call.ApplicantTypes],
            EligibleAreaIds = [.. call.EligibleAreaIds],
            TotalBudget = call.TotalBudget,
            MinGrant = call.MinGrant,
            MaxGrant = call.MaxGrant,
            MinOwnContributionPercent = call.MinOwnContributionPercent,
            OpensAt = Platform.Localization.BerlinTime.ToInput(call.OpensAt),
            ClosesAt = Platform.Localization.BerlinTime.ToInput(call.ClosesAt),
            MaxProjectMonths = call.MaxProjectMonths,
            InterimReportMonths = call.InterimReportMonths,
            FinalReportAtProjectEnd = call.FinalReportAtProjectEnd,
            Criteria = [.. call.Criteria.Select((c, i) => new CriterionInput { Key = Review.ReviewCriteria.KeyOf(c, i), NameDe = c.NameDe, NameEn = c.NameEn, Weight = c.Weight, DescriptionDe = c.DescriptionDe, DescriptionEn = c.DescriptionEn })],
            FormFields = [.. call.FormFields.Select(f => new FormFieldInput
            {
                Key = f.Key,
                Kind = f.Kind,
                LabelDe = f.LabelDe,
                LabelEn = f.LabelEn,
                Required = f.Required,
                Min = f.Min,
                Max = f.Max,
                Options = string.Join("; ", f.Options),
            })],
        };
    }
}

/// <summary>A review criterion; a row with an empty name is ignored (the form offers spare rows).</summary>
public sealed class CriterionInput
{
    /// <summary>Kept from an existing criterion so its scores stay attached; new criteria get the next free key.</summary>
    public string? Key { get; set; }

    public string? NameDe { get; set; }

    public string? NameEn { get; set; }

    public int? Weight { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(NameDe) && string.IsNullOrWhiteSpace(NameEn) && Weight is null && string.IsNullOrWhiteSpace(DescriptionDe);
}

/// <summary>A question of the application form; a row without a label is ignored (the form offers spare rows).</summary>
public sealed class FormFieldInput
{
    /// <summary>Kept from an existing field so its answers stay attached; new fields get the next free key.</summary>
    public string? Key { get; set; }

    public FormFieldKind? Kind { get; set; }

    public string? LabelDe { get; set; }

    public string? LabelEn { get; set; }

    public bool Required { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>Choices of a choice field or categories of a budget table, separated by semicolons.</summary>
    public string? Options { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(LabelDe) && string.IsNullOrWhiteSpace(LabelEn);
}

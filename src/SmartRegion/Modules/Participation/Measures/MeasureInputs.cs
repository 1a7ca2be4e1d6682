using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>What an editor enters for a measure, in the form and in the API.</summary>
public sealed class MeasureInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Measures.Field.Area")]
    public int? AreaId { get; set; }

    [Display(Name = "Measures.Field.FieldKey")]
    public string? FieldKey { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MeasuresModel.TitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.TitleDe")]
    public string? TitleDe { get; set; }

    [StringLength(MeasuresModel.TitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.TitleEn")]
    public string? TitleEn { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MeasuresModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.DescriptionDe")]
    public string? DescriptionDe { get; set; }

    [StringLength(MeasuresModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MeasuresModel.ResponsibleBodyLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.ResponsibleBody")]
    public string? ResponsibleBody { get; set; }

    [Range(typeof(decimal), "0", "100000000000", ErrorMessage = "Measures.Validation.Budget")]
    [Display(Name = "Measures.Field.Budget")]
    public decimal? BudgetEuro { get; set; }

    public static MeasureInput From(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new MeasureInput
        {
            AreaId = measure.AreaId,
            FieldKey = measure.FieldKey,
            TitleDe = measure.TitleDe,
            TitleEn = measure.TitleEn,
            DescriptionDe = measure.DescriptionDe,
            DescriptionEn = measure.DescriptionEn,
            ResponsibleBody = measure.ResponsibleBody,
            BudgetEuro = measure.BudgetEuro,
        };
    }
}

/// <summary>A new step in a measure's timeline: the status and why.</summary>
public sealed class StatusChangeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Measures.Field.Status")]
    public MeasureStatus? Status { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MeasuresModel.ExplanationLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.ExplanationDe")]
    public string? ExplanationDe { get; set; }

    [StringLength(MeasuresModel.ExplanationLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Measures.Field.ExplanationEn")]
    public string? ExplanationEn { get; set; }
}

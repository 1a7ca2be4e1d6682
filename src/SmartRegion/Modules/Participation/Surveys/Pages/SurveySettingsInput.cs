using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>A survey's settings as the builder edits them; times are entered in the region's time.</summary>
public sealed class SurveySettingsInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Surveys.Builder.Area")]
    public int? AreaId { get; set; }

    [Display(Name = "Surveys.Builder.Process")]
    public int? ProcessId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Surveys.Builder.TitleDe")]
    public string? TitleDe { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Surveys.Builder.TitleEn")]
    public string? TitleEn { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Surveys.Builder.IntroDe")]
    public string? IntroDe { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Surveys.Builder.IntroEn")]
    public string? IntroEn { get; set; }

    public SurveyAccess Access { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Surveys.Builder.OpensAt")]
    public DateTime? OpensAt { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Surveys.Builder.ClosesAt")]
    public DateTime? ClosesAt { get; set; }

    public bool IsPublished { get; set; }

    public bool ResultsPublic { get; set; }

    public static SurveySettingsInput From(Survey survey) => new()
    {
        AreaId = survey.AreaId,
        ProcessId = survey.ProcessId,
        TitleDe = survey.TitleDe,
        TitleEn = survey.TitleEn,
        IntroDe = survey.IntroDe,
        IntroEn = survey.IntroEn,
        Access = survey.Access,
        OpensAt = SurveyTimes.ToBerlin(survey.OpensAt),
        ClosesAt = SurveyTimes.ToBerlin(survey.ClosesAt),
        IsPublished = survey.IsPublished,
        ResultsPublic = survey.ResultsPublic,
    };

    public void ApplyTo(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        survey.AreaId = AreaId!.Value;
        survey.ProcessId = ProcessId;
        survey.TitleDe = TitleDe!.Trim();
        survey.TitleEn = string.IsNullOrWhiteSpace(TitleEn) ? null : TitleEn.Trim();
        survey.IntroDe = string.IsNullOrWhiteSpace(IntroDe) ? null : IntroDe.Trim();
        survey.IntroEn = string.IsNullOrWhiteSpace(IntroEn) ? null : IntroEn.Trim();
        survey.Access = Access;
        survey.OpensAt = SurveyTimes.FromBerlin(OpensAt!.Value);
        survey.ClosesAt = SurveyTimes.FromBerlin(ClosesAt!.Value);
        survey.IsPublished = IsPublished;
        survey.ResultsPublic = ResultsPublic;
    }
}

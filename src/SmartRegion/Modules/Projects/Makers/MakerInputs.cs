using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Modules.Projects.Makers;

/// <summary>What a project maker enters for their profile, on the form and in the API.</summary>
public sealed class ProfileInput
{
    [Display(Name = "Makers.Field.Kind")]
    public MakerKind Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.NameLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.DisplayName")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.Description")]
    public string? Description { get; set; }

    [Display(Name = "Makers.Field.Fields")]
    public List<string> FieldKeys { get; set; } = [];

    [Display(Name = "Makers.Field.Area")]
    public int? AreaId { get; set; }

    [StringLength(MakersModel.SkillsLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.SkillsSought")]
    public string? SkillsSought { get; set; }

    [StringLength(MakersModel.SkillsLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.SkillsOffered")]
    public string? SkillsOffered { get; set; }
}

/// <summary>What a project maker enters for a project of their portfolio.</summary>
public sealed class ProjectInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.TitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.SummaryLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.Summary")]
    public string? Summary { get; set; }

    [Display(Name = "Makers.Field.Stage")]
    public ProjectStage Stage { get; set; }

    [Display(Name = "Makers.Field.Fields")]
    public List<string> FieldKeys { get; set; } = [];

    [Display(Name = "Makers.Field.Area")]
    public int? AreaId { get; set; }

    [StringLength(MakersModel.LinksLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.Links")]
    public string? Links { get; set; }

    [Display(Name = "Makers.Field.Contact")]
    public ContactPreference Contact { get; set; }

    [StringLength(MakersModel.EmailLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.PublicEmail")]
    public string? PublicEmail { get; set; }
}

/// <summary>A maker's request for support.</summary>
public sealed class SupportInput
{
    [Display(Name = "Makers.Field.SupportKind")]
    public SupportKind Kind { get; set; }

    [Display(Name = "Makers.Field.SupportProject")]
    public int? ProjectId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.RequestLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.SupportDescription")]
    public string? Description { get; set; }
}

/// <summary>What staff set when they handle a request.</summary>
public sealed class HandlingInput
{
    [Display(Name = "Makers.Field.Status")]
    public SupportStatus Status { get; set; }

    [StringLength(MakersModel.NoteLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.InternalNote")]
    public string? InternalNote { get; set; }
}

/// <summary>A visitor's message to a maker through the platform's contact form.</summary>
public sealed class ContactInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.NameLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.SenderName")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(MakersModel.EmailLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.SenderEmail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MakersModel.RequestLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Makers.Field.Message")]
    public string? Message { get; set; }
}

using System.ComponentModel.DataAnnotations;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>What an editor enters for a hackathon, on the form and in the API; times are Berlin wall-clock times (datetime-local).</summary>
public sealed class HackathonInput
{
    [Display(Name = "Hackathons.Field.Area")]
    public string? Area { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.TitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Field.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Field.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Hackathons.Field.StartsAt")]
    public string? StartsAt { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Hackathons.Field.EndsAt")]
    public string? EndsAt { get; set; }

    [StringLength(HackathonsModel.PlaceLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Field.PlaceName")]
    public string? PlaceName { get; set; }

    [Display(Name = "Hackathons.Field.IsOnline")]
    public bool IsOnline { get; set; }

    [Display(Name = "Hackathons.Field.Fields")]
    public List<string> Fields { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Hackathons.Field.SubmissionDeadline")]
    public string? SubmissionDeadline { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Hackathons.Field.TeamSizeMin")]
    public int? TeamSizeMin { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Hackathons.Field.TeamSizeMax")]
    public int? TeamSizeMax { get; set; }

    /// <summary>The values of a stored hackathon, as the form shows them for a change.</summary>
    public static HackathonInput From(Hackathon hackathon, string? areaSlug)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return new HackathonInput
        {
            Area = areaSlug,
            Title = hackathon.Title,
            Description = hackathon.Description,
            StartsAt = BerlinTime.ToInput(hackathon.StartsAt),
            EndsAt = BerlinTime.ToInput(hackathon.EndsAt),
            SubmissionDeadline = BerlinTime.ToInput(hackathon.SubmissionDeadline),
            PlaceName = hackathon.PlaceName,
            IsOnline = hackathon.IsOnline,
            Fields = [.. hackathon.Fields],
            TeamSizeMin = hackathon.TeamSizeMin,
            TeamSizeMax = hackathon.TeamSizeMax,
        };
    }
}

/// <summary>The times of a hackathon that passed the rules, in UTC.</summary>
public sealed record HackathonSchedule(int AreaId, DateTime StartsAt, DateTime EndsAt, DateTime SubmissionDeadline);

public sealed class ChallengeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.TitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Challenge.Field.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Challenge.Field.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.OrganisationLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Challenge.Field.OwnerOrganisation")]
    public string? OwnerOrganisation { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Hackathons.Challenge.Field.OwnerContactEmail")]
    public string? OwnerContactEmail { get; set; }

    [Display(Name = "Hackathons.Challenge.Field.DatastreamIds")]
    public string? DatastreamIds { get; set; }
}

public sealed class TeamInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.TeamNameLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Team.Field.Name")]
    public string? Name { get; set; }
}

public sealed class SubmissionInput
{
    /// <summary>The stored result as the form shows it.</summary>
    public static SubmissionInput Of(HackathonSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new SubmissionInput { Description = submission.Description, RepositoryUrl = submission.RepositoryUrl, DemoUrl = submission.DemoUrl };
    }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(HackathonsModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Submission.Field.Description")]
    public string? Description { get; set; }

    [StringLength(HackathonsModel.UrlLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Submission.Field.RepositoryUrl")]
    public string? RepositoryUrl { get; set; }

    [StringLength(HackathonsModel.UrlLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hackathons.Submission.Field.DemoUrl")]
    public string? DemoUrl { get; set; }
}

/// <summary>The editor's decision for one submission when publishing the results.</summary>
public sealed class AwardInput
{
    public int SubmissionId { get; set; }

    public HackathonAward Award { get; set; }

    public string? JuryStatement { get; set; }
}

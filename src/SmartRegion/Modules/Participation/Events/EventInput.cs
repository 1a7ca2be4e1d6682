using System.ComponentModel.DataAnnotations;
using SmartRegion.Modules.Participation.Common;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>What a resident enters for an event, on the form and in the API: wall-clock times in Berlin.</summary>
public sealed class EventInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(EventsModel.TitleLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Field.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(EventsModel.DescriptionLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Field.Description")]
    public string? Description { get; set; }

    [Display(Name = "Events.Field.Language")]
    public string Language { get; set; } = ContentLanguage.German;

    [Display(Name = "Events.Field.Area")]
    public int? AreaId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Events.Field.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Events.Field.StartTime")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Events.Field.EndDate")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Events.Field.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Events.Field.AllDay")]
    public bool AllDay { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(EventsModel.PlaceLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Field.PlaceName")]
    public string? PlaceName { get; set; }

    [StringLength(EventsModel.AddressLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Field.Address")]
    public string? Address { get; set; }

    [Range(-90, 90, ErrorMessage = "Events.Error.Latitude")]
    [Display(Name = "Events.Field.Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "Events.Error.Longitude")]
    [Display(Name = "Events.Field.Longitude")]
    public double? Longitude { get; set; }

    [StringLength(EventsModel.OrganiserLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Field.OrganiserName")]
    public string? OrganiserName { get; set; }

    [StringLength(EventsModel.ContactLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Field.ContactLink")]
    public string? ContactLink { get; set; }
}

/// <summary>A schedule that passed the rules, in UTC.</summary>
public sealed record EventSchedule(DateTime StartsAt, DateTime EndsAt, bool AllDay);

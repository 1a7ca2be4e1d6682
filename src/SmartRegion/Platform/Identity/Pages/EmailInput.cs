using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Platform.Identity.Pages;

public sealed class EmailInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Account.Email")]
    public string Email { get; set; } = "";
}

using Microsoft.AspNetCore.Identity;

namespace SmartRegion.Platform.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The interface language the person chose (de or en); mails are written in it.</summary>
    public string PreferredCulture { get; set; } = "de";

    public DateTime CreatedAt { get; set; }

    /// <summary>The area the person lives in, as they stated it; surveys for an area's residents ask it.</summary>
    public int? HomeAreaId { get; set; }

    /// <summary>Set for an account created with a one-time password: the first sign-in leads to choosing a new one.</summary>
    public bool MustChangePassword { get; set; }
}

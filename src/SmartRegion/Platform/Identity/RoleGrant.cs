namespace SmartRegion.Platform.Identity;

/// <summary>A role given to a person, for the whole region (AreaId null) or for one area and the areas below it.</summary>
public sealed class RoleGrant
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Role { get; set; } = "";

    public int? AreaId { get; set; }

    public DateTime GrantedAt { get; set; }

    public Guid? GrantedBy { get; set; }
}

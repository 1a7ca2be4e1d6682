namespace SmartRegion.Modules.Projects.Makers;

/// <summary>
/// The public profile of a project maker: a person or an organisation that works on projects in the region and
/// says which skills it seeks and which it offers. One profile per account.
/// </summary>
public sealed class MakerProfile
{
    public int Id { get; set; }

    public Guid AccountId { get; set; }

    public string Slug { get; set; } = "";

    public MakerKind Kind { get; set; }

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Innovation and action fields as <c>,key,key,</c>, so a filter can look for <c>,key,</c>.</summary>
    public string FieldKeys { get; set; } = ",";

    public int AreaId { get; set; }

    public string? SkillsSought { get; set; }

    public string? SkillsOffered { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum MakerKind
{
    Person,
    Organisation,
}

/// <summary>A project of a maker's portfolio, funded or not, from the first idea to scaling up.</summary>
public sealed class MakerProject
{
    public int Id { get; set; }

    public int ProfileId { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public ProjectStage Stage { get; set; }

    /// <summary>Like <see cref="MakerProfile.FieldKeys"/>.</summary>
    public string FieldKeys { get; set; } = ",";

    public int AreaId { get; set; }

    /// <summary>Validated http and https addresses, one per line.</summary>
    public string Links { get; set; } = "";

    public ContactPreference Contact { get; set; }

    /// <summary>Shown only when <see cref="Contact"/> is <see cref="ContactPreference.PublicEmail"/>.</summary>
    public string? PublicEmail { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum ProjectStage
{
    Idea,
    Prototype,
    Pilot,
    Scaling,
}

public enum ContactPreference
{
    /// <summary>Visitors write through a form on the platform; the maker's address stays hidden.</summary>
    PlatformForm,
    PublicEmail,
    NoContact,
}

/// <summary>
/// A maker asks the region's staff for support. Editors of the request's area handle it; their internal note is
/// never shown to the maker, the status is.
/// </summary>
public sealed class SupportRequest
{
    public int Id { get; set; }

    public int ProfileId { get; set; }

    /// <summary>The project the request is about, if any; it then belongs to the project's area.</summary>
    public int? ProjectId { get; set; }

    public int AreaId { get; set; }

    public SupportKind Kind { get; set; }

    public string Description { get; set; } = "";

    public SupportStatus Status { get; set; }

    public string? InternalNote { get; set; }

    public Guid? HandledBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum SupportKind
{
    Mentoring,
    DataAccess,
    Networking,
    FundingAdvice,
}

public enum SupportStatus
{
    New,
    InProgress,
    Done,
    Declined,
}

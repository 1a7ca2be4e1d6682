namespace SmartRegion.Platform.Identity;

/// <summary>The roles of the platform. Every signed-in person is a resident; the others are granted.</summary>
public static class Roles
{
    public const string Resident = nameof(Resident);
    public const string ProjectMaker = nameof(ProjectMaker);
    public const string Moderator = nameof(Moderator);
    public const string Reviewer = nameof(Reviewer);
    public const string Editor = nameof(Editor);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> Grantable = [ProjectMaker, Moderator, Reviewer, Editor, Admin];

    /// <summary>Roles whose grant may be limited to one area (and everything below it).</summary>
    public static readonly IReadOnlyList<string> AreaScoped = [Moderator, Reviewer, Editor];

    public static bool IsGrantable(string role) => Grantable.Contains(role, StringComparer.Ordinal);

    public static bool CanBeScoped(string role) => AreaScoped.Contains(role, StringComparer.Ordinal);
}

/// <summary>Claim types the platform adds to a signed-in person or a machine token.</summary>
public static class PlatformClaims
{
    /// <summary>Value <c>Role@AreaId</c>: the role holds in that area and below. An unscoped grant is a plain role claim.</summary>
    public const string ScopedRole = "smartregion:scoped-role";

    /// <summary>A machine token's scope, such as <c>sensing:write</c>.</summary>
    public const string Scope = "scope";

    public const string TokenId = "smartregion:token-id";
}

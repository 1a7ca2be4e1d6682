namespace SmartRegion.Platform.Identity;

/// <summary>A bearer token for a machine client. Only the SHA-256 hash of the secret is kept.</summary>
public sealed class MachineToken
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Space-separated scopes, as in OAuth.</summary>
    public string Scopes { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

public static class TokenScopes
{
    public const string SensingWrite = "sensing:write";
    public const string SensingAdmin = "sensing:admin";
    public const string PlatformAdmin = "platform:admin";
    public const string Open311Write = "open311:write";

    public static readonly IReadOnlyList<string> All = [SensingWrite, SensingAdmin, PlatformAdmin, Open311Write];
}

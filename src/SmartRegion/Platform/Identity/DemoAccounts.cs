namespace SmartRegion.Platform.Identity;

/// <summary>
/// Accounts of invented people for demo content (<c>Demo__Seed</c>). They have no password, so nobody can sign in
/// with them; their addresses end in <c>.invalid</c>, so no mail ever reaches anyone.
/// </summary>
public static class DemoAccounts
{
    public static AppUser Create(string email, string displayName, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(email);
        return new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAt = now,
        };
    }
}

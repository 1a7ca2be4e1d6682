using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Identity;

/// <summary>Creates, finds and revokes machine tokens. The secret leaves this class once, at creation.</summary>
public sealed class MachineTokenService(SmartRegionDb db, TimeProvider clock, MachineTokenCache cache)
{
    private const string Prefix = "srt_";

    /// <summary>Last-used times are written at most this often, so reading with a token is not a write per request.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<(MachineToken Token, string Secret)> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var unknown = scopes.Where(s => !TokenScopes.All.Contains(s, StringComparer.Ordinal)).ToList();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new ArgumentException("A token needs a name of 1 to 100 characters.", nameof(name));
        }

        if (scopes.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown or missing scope '{string.Join(' ', unknown)}'. Known scopes: {string.Join(", ", TokenScopes.All)}.",
                nameof(scopes));
        }

        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new MachineToken
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            SecretHash = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.MachineTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>The active token behind a presented secret, or null for an unknown or revoked one.</summary>
    public async Task<MachineToken?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = cache.Get(hash, now);
        if (token is null)
        {
            token = await db.MachineTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
            if (token is null || token.RevokedAt is not null)
            {
                return null;
            }

            cache.Put(hash, token, now);
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            token.LastUsedAt = now;
            await db.MachineTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }

        return token;
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.MachineTokens
            .Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
        cache.Forget(id);
        return changed == 1;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// Recently seen tokens, so that a client sending many requests costs one lookup per half minute rather than one
/// per request. The database stays the only record: a revocation clears this instance's entry at once, and other
/// instances of the platform see it when their entry expires (at most <see cref="Lifetime"/> later).
/// </summary>
public sealed class MachineTokenCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const int MaxEntries = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (MachineToken Token, DateTime Expires)> entries = new(StringComparer.Ordinal);

    public MachineToken? Get(string hash, DateTime now) =>
        entries.TryGetValue(hash, out var entry) && entry.Expires > now ? entry.Token : null;

    public void Put(string hash, MachineToken token, DateTime now)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[hash] = (token, now + Lifetime);
    }

    public void Forget(Guid tokenId)
    {
        foreach (var (hash, entry) in entries)
        {
            if (entry.Token.Id == tokenId)
            {
                entries.TryRemove(hash, out _);
            }
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>
/// Keeps an anonymous survey to one response per browser without storing anything about the person.
/// <para>
/// The browser gets a random token in a cookie the first time it answers an anonymous survey. The response
/// stores only HMAC(server key, survey id + token), unique per survey. Why this way: the token is random, so
/// it says nothing about the person; the hash differs per survey, so responses to two surveys cannot be linked
/// with each other; and without the server key a token seen elsewhere (a copied cookie) cannot be matched to a
/// stored response. No account id, IP address or browser fingerprint is kept. The limit is the cookie: who
/// deletes it or uses another browser may answer again, which is the price of not identifying anybody.
/// </para>
/// The key comes from <c>Surveys:GuardKey</c> (Base64, at least 32 bytes) or, when not configured, is created
/// once and stored encrypted with the platform's DataProtection keys.
/// </summary>
public sealed class AnonymousGuard(SmartRegionDb db, IDataProtectionProvider protection, IConfiguration configuration)
{
    public const string CookieName = "sr_survey_token";
    private const string Purpose = "SmartRegion.Surveys.GuardKey";

    /// <summary>The hash for this browser, or null when it has no token yet.</summary>
    public async Task<string?> ExistingHashAsync(HttpContext context, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = context.Request.Cookies[CookieName];
        return IsWellFormed(token) ? await HashAsync(surveyId, token!, cancellationToken) : null;
    }

    /// <summary>The hash for this browser, giving it a token first when it has none.</summary>
    public async Task<string> HashGivingTokenAsync(HttpContext context, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = context.Request.Cookies[CookieName];
        if (!IsWellFormed(token))
        {
            token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(400),
            });
        }

        return await HashAsync(surveyId, token!, cancellationToken);
    }

    private static bool IsWellFormed(string? token) => token is { Length: >= 40 and <= 64 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private async Task<string> HashAsync(int surveyId, string token, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{surveyId}:{token}"));
        return Convert.ToHexStringLower(mac);
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        var configured = configuration["Surveys:GuardKey"];
        if (!string.IsNullOrEmpty(configured))
        {
            return Convert.FromBase64String(configured);
        }

        var protector = protection.CreateProtector(Purpose);
        var stored = await db.Set<SurveyGuardKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Id == 1, cancellationToken);
        if (stored is not null)
        {
            return Convert.FromBase64String(protector.Unprotect(stored.ProtectedKey));
        }

        var created = new SurveyGuardKey { Id = 1, ProtectedKey = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))) };
        db.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created the key at the same moment; theirs is the one.
            db.Entry(created).State = EntityState.Detached;
            stored = await db.Set<SurveyGuardKey>().AsNoTracking().SingleAsync(k => k.Id == 1, cancellationToken);
            return Convert.FromBase64String(protector.Unprotect(stored.ProtectedKey));
        }

        return Convert.FromBase64String(protector.Unprotect(created.ProtectedKey));
    }
}

namespace SmartRegion.Platform.Web;

/// <summary>
/// Every cookie of the platform is HttpOnly and marked Secure whenever the request came over HTTPS — in
/// production always, as TLS ends at the reverse proxy and <c>X-Forwarded-Proto</c> says so. Plain HTTP is
/// left only for <c>dotnet run</c> on localhost, where a Secure-only policy would break every form.
/// </summary>
public static class CookieSecurity
{
    public const CookieSecurePolicy Policy = CookieSecurePolicy.SameAsRequest;
}

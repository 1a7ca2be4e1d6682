namespace SmartRegion.Platform.Web;

/// <summary>
/// Absolute links for mails. With <c>Platform__PublicUrl</c> set, links never depend on the request's Host
/// header, which a client controls.
/// </summary>
public static class PublicUrl
{
    public static string For(HttpContext context, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IConfiguration>()["Platform:PublicUrl"];
        var origin = string.IsNullOrWhiteSpace(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : configured.TrimEnd('/');
        return origin + pathAndQuery;
    }

    /// <summary>A return URL that stays on this site; anything else becomes the home page.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && !returnUrl.Contains('\r', StringComparison.Ordinal)
        && !returnUrl.Contains('\n', StringComparison.Ordinal)
            ? returnUrl
            : "/";
}

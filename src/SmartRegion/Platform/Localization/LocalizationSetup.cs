using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SmartRegion.Platform.Localization;

public static class LocalizationSetup
{
    public const string CookieName = "smartregion.culture";

    /// <summary>German first: it is the default, whatever the browser asks for; English comes through the language switch.</summary>
    public static readonly IReadOnlyList<CultureInfo> Supported = [new("de"), new("en")];

    public static void AddPlatformLocalization(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("de");
            options.SupportedCultures = [.. Supported];
            options.SupportedUICultures = [.. Supported];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider { CookieName = CookieName },
            ];
        });
    }

    /// <summary>Resolves the culture and keeps a choice made with <c>?culture=</c> in a cookie for the next pages.</summary>
    public static void UsePlatformLocalization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            var requested = context.Request.Query["culture"].ToString();
            if (Supported.Any(c => c.Name == requested))
            {
                context.Response.Cookies.Append(
                    CookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(requested)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        Secure = context.Request.IsHttps,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                    });
            }

            await next(context);
        });
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Platform.Web;

public static class WebSetup
{
    public static void AddPlatformWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages(pages =>
            {
                // Pages live in their module's folder and name their route in @page.
                pages.RootDirectory = "/";
            })
            .AddMvcOptions(mvc => mvc.Filters.Add<ValidateBoundInputFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedTexts)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "smartregion.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurity.Policy;
            options.FormFieldName = "__RequestVerificationToken";
        });
        // German text stays readable in the HTML source: letters such as ä, ö, ü and ß are not turned into entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.AddRateLimits();
    }

    public static void UsePlatformWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UsePlatformLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }

    public static void MapPlatformWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapHealth();
    }
}

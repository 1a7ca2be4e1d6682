using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Mail;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Platform;

/// <summary>The cross-cutting parts every module stands on, registered and wired in one place.</summary>
public static class PlatformSetup
{
    public static void AddPlatform(this WebApplicationBuilder builder, IReadOnlyList<IModuleModel> moduleModels)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDatabase(moduleModels);
        builder.AddPlatformIdentity();
        builder.Services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddScoped<ReviewRules>();
        builder.Services.AddScoped<ReviewDesk>();
        builder.Services.AddScoped<ReviewBook>();
        builder.AddPlatformLocalization();
        builder.AddPlatformWeb();
    }

    public static void UsePlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UsePlatformWeb();
    }

    public static void MapPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPlatformWeb();
        app.MapAccountApi();
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Participation.Following;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>Immediate measures, and following with its inbox and mails (the measures feature brought both).</summary>
public static class MeasuresModule
{
    public static void AddMeasuresAndFollowing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<MeasureRegister>();
        builder.Services.Configure<RazorPagesOptions>(pages =>
            pages.Conventions.AddPageRoute("/Modules/Participation/Measures/Pages/MeasureEdit", "/participation/measures/new"));
        builder.Services.AddScoped<BothLanguages>();
        builder.Services.AddScoped<FollowSubjects>();
        builder.Services.AddOptions<NotificationMailOptions>()
            .Bind(builder.Configuration.GetSection(NotificationMailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<NotificationMailer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NotificationMailer>());
    }

    public static void MapMeasuresAndFollowing(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMeasuresApi();
        app.MapFollowingApi();
    }
}

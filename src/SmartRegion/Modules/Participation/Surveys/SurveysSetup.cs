namespace SmartRegion.Modules.Participation.Surveys;

public static class SurveysSetup
{
    public static void AddSurveys(IServiceCollection services)
    {
        services.AddScoped<SurveyCatalog>();
        services.AddScoped<SurveySubmissions>();
        services.AddScoped<SurveyResults>();
        services.AddScoped<AnonymousGuard>();
        services.AddScoped<SurveyBuilder>();
    }

    public static void MapSurveys(WebApplication app)
    {
        app.MapSurveysApi();
        app.MapSurveyExport();
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Demo;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Funding.Queries;
using SmartRegion.Modules.Funding.Review;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Modules.Funding;

/// <summary>
/// The funding pot "Strategische Piloten": calls, applications, review, decisions, funded pilots and their
/// reports. Each feature folder adds its services and endpoints here.
/// </summary>
public static class FundingModule
{
    public static void AddFunding(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<FundingAccess>();
        builder.Services.AddOptions<FundingOptions>().Bind(builder.Configuration.GetSection(FundingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<FundingAudit>();
        builder.Services.AddScoped<FundingAttachments>();
        builder.Services.AddScoped<CallCatalog>();
        builder.Services.AddScoped<CallRules>();
        builder.Services.AddScoped<ApplicationRules>();
        builder.Services.AddScoped<ApplicationDesk>();
        builder.Services.AddScoped<ApplicationFiles>();
        builder.Services.AddScoped<HackathonCarryOver>();
        builder.Services.AddScoped<FundingMails>();
        builder.Services.AddScoped<DecisionDesk>();
        builder.Services.AddScoped<IStartupSeed, FundingDemoSeed>();
        builder.Services.AddScoped<FundingReviewDesk>();
        builder.Services.AddScoped<FundingRanking>();
        builder.Services.AddScoped<PilotFounding>();
        builder.Services.AddScoped<PilotCatalog>();
        builder.Services.AddScoped<PilotViews>();
        builder.Services.AddScoped<PilotDesk>();
        builder.Services.AddScoped<PilotOutcomes>();
        builder.Services.AddScoped<ReportRules>();
        builder.Services.AddScoped<ReportDesk>();
        builder.Services.AddScoped<PilotDirectory>();
        builder.Services.AddScoped<IPersonalData, FundingPersonalData>();
        builder.Services.Configure<RazorPagesOptions>(pages =>
            pages.Conventions.AddPageRoute("/Modules/Funding/Calls/Pages/CallEdit", "/funding/calls/new"));
    }

    public static void MapFunding(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCallsApi();
        app.MapApplicationsApi();
        app.MapApplicationsExport();
        app.MapFundingAttachments();
        app.MapDecisionsApi();
        app.MapDecisionsExport();
        app.MapReviewsApi();
        app.MapReviewStaffApi();
        app.MapScoresExport();
        app.MapPilotsApi();
    }
}

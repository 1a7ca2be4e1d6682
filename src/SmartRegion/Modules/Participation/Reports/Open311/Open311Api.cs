using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Reports.Open311;

/// <summary>
/// Reports as Open311 GeoReport v2 at <c>/open311/v2/</c>: discovery, services (our report categories) and
/// service requests (our reports), each as <c>.json</c> or <c>.xml</c>. Reading is public; posting needs an
/// <c>api_key</c>, which is a platform machine token with the scope <c>open311:write</c>.
/// </summary>
internal static class Open311Api
{
    public const string BasePath = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this endpoint last changed in a way clients could notice; discovery reports it.</summary>
    private static readonly DateTimeOffset Changeset = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public static void MapOpen311(this WebApplication app)
    {
        var api = app.MapGroup(BasePath).WithTags("Open311");
        api.MapGet("/discovery.{format:regex(^(json|xml)$)}", Discovery)
            .WithName("Open311Discovery")
            .WithSummary("Open311 service discovery: the GeoReport v2 endpoint of this platform and how to get an api_key.");
        api.MapGet("/services.{format:regex(^(json|xml)$)}", ServicesAsync)
            .WithName("Open311Services")
            .WithSummary("The report categories as Open311 services (jurisdiction_id is accepted and may name an area by slug).");
        api.MapGet("/services/{service_code}.{format:regex(^(json|xml)$)}", ServiceDefinitionAsync)
            .WithName("Open311ServiceDefinition")
            .WithSummary("Service definition. No category has extra attributes (metadata is false), so a known service answers an empty attributes list; an unknown one 404.");
        api.MapOpen311Requests();
    }

    private static IResult Discovery(HttpContext context, string format)
    {
        var endpoint = Open311Document.Fields(
            "endpoint",
            ("specification", Specification),
            ("url", PublicUrl.For(context, BasePath)),
            ("changeset", Changeset),
            ("type", "production"),
            ("formats", new Open311List("formats", "format", ["text/xml", "application/json"])));
        var discovery = Open311Document.Fields(
            "discovery",
            ("changeset", Changeset),
            ("contact", "Please use the contact details in the imprint: " + PublicUrl.For(context, "/imprint")),
            ("key_service", "An api_key is a machine token with the scope open311:write; the platform's administrators issue it at " + PublicUrl.For(context, "/admin/tokens") + "."),
            ("endpoints", new Open311List("endpoints", "endpoint", [endpoint])));
        return Open311Document.Result(discovery, format);
    }

    private static async Task<IResult> ServicesAsync(
        SmartRegionDb db, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, CancellationToken cancellationToken)
    {
        _ = jurisdictionId; // One set of categories serves every area of the region.
        var english = LocalizationSetup.IsEnglish;
        var categories = await db.Set<ReportCategory>().AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var services = categories.Select(c => (object)Open311Document.Fields(
            "service",
            ("service_code", c.ServiceCode),
            ("service_name", c.Name(english)),
            ("description", c.Description(english)),
            ("metadata", false),
            ("type", "realtime"),
            ("keywords", c.Keywords),
            ("group", c.Group(english)))).ToList();
        return Open311Document.Result(new Open311List("services", "service", services), format);
    }

    /// <summary>
    /// No category has extra attributes (metadata is false), so a known service's definition is an empty list of
    /// attributes: clients that fetch every definition regardless of metadata still get a readable answer.
    /// </summary>
    private static async Task<IResult> ServiceDefinitionAsync(
        SmartRegionDb db, string format, [FromRoute(Name = "service_code")] string serviceCode, CancellationToken cancellationToken)
    {
        var exists = await db.Set<ReportCategory>().AnyAsync(c => c.ServiceCode == serviceCode && c.IsActive, cancellationToken);
        if (!exists)
        {
            return Open311Document.Error(format, StatusCodes.Status404NotFound, $"There is no service '{serviceCode}'; see services.{format}.");
        }

        var definition = Open311Document.Fields(
            "service_definition",
            ("service_code", serviceCode),
            ("attributes", new Open311List("attributes", "attribute", [])));
        return Open311Document.Result(definition, format);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;

namespace SmartRegion.Modules.Participation.Reports.Open311;

/// <summary>
/// A service request posted by an Open311 client (an app, a kiosk, another platform). The client proves itself
/// with a machine token in <c>api_key</c>. The place is a point or, as GeoReport allows, an <c>address_string</c>
/// alone; the platform has no geocoder, so such a report keeps its address and stays off the map.
/// </summary>
internal static class Open311Submission
{
    public const string Scope = TokenScopes.Open311Write;

    public static async Task<IResult> PostAsync(
        HttpRequest request,
        string format,
        MachineTokenService tokens,
        RegionDirectory directory,
        ReportFiling filing,
        SmartRegionDb db,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, "Send the fields form-encoded (application/x-www-form-urlencoded).");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

        var apiKey = Field("api_key");
        var token = apiKey is null ? null : await tokens.FindActiveAsync(apiKey, cancellationToken);
        if (token is null || !token.ScopeList.Contains(Scope, StringComparer.Ordinal))
        {
            return Open311Document.Error(format, StatusCodes.Status403Forbidden, $"api_key is missing, unknown, revoked or lacks the scope {Scope}.");
        }

        var serviceCode = Field("service_code");
        if (serviceCode is null)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, "service_code is required.");
        }

        var category = await db.Set<ReportCategory>().AsNoTracking().SingleOrDefaultAsync(c => c.ServiceCode == serviceCode && c.IsActive, cancellationToken);
        if (category is null)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, $"service_code '{serviceCode}' is not a known service; see services.{format}.");
        }

        var (latText, longText, address) = (Field("lat"), Field("long"), Field("address_string"));
        double? latitude = null, longitude = null;
        if (latText is null && longText is null)
        {
            if (address is null)
            {
                return Open311Document.Error(
                    format,
                    StatusCodes.Status400BadRequest,
                    "The place is missing: send lat and long, or an address_string (address_id alone is not supported).");
            }
        }
        else if (!double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(longText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !ReportFiling.IsInRegion(lat, lon))
        {
            return Open311Document.Error(
                format,
                StatusCodes.Status400BadRequest,
                $"lat and long must both be decimal degrees (WGS 84) inside the region: lat {ReportFiling.MinLatitude}–{ReportFiling.MaxLatitude}, long {ReportFiling.MinLongitude}–{ReportFiling.MaxLongitude}.");
        }
        else
        {
            (latitude, longitude) = (lat, lon);
        }

        var areaId = await AreaAsync(directory, Field("jurisdiction_id"), latitude, longitude, cancellationToken);
        if (areaId is null)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, "jurisdiction_id is not an area of this region; leave it out or use an area slug.");
        }

        var refusal = TooLong(Field("description"), "description", 4000) ?? TooLong(address, "address_string", 300)
            ?? TooLong(Field("email"), "email", 256) ?? TooLong(Field("first_name"), "first_name", 100)
            ?? TooLong(Field("last_name"), "last_name", 100) ?? TooLong(Field("phone"), "phone", 40);
        var mediaUrl = Field("media_url");
        if (refusal is null && mediaUrl is not null
            && (mediaUrl.Length > 1000 || !Uri.TryCreate(mediaUrl, UriKind.Absolute, out var media) || (media.Scheme != Uri.UriSchemeHttps && media.Scheme != Uri.UriSchemeHttp)))
        {
            refusal = "media_url must be an absolute http or https URL of at most 1,000 characters.";
        }

        if (refusal is not null)
        {
            return Open311Document.Error(format, StatusCodes.Status400BadRequest, refusal);
        }

        var filed = await filing.FileAsync(
            new NewReport(
                category,
                areaId.Value,
                latitude,
                longitude,
                Field("description") ?? "",
                address,
                ReporterId: null,
                TokenId: token.Id,
                new ReportContact(Field("email"), Field("first_name"), Field("last_name"), Field("phone")),
                mediaUrl),
            photo: null,
            cancellationToken);
        var answer = Open311Document.Fields(
            "request",
            ("service_request_id", filed.Id.ToString(CultureInfo.InvariantCulture)),
            ("service_notice", null),
            ("account_id", null));
        return Open311Document.Result(new Open311List("service_requests", "request", [answer]), format);
    }

    /// <summary>
    /// The area a report belongs to: the one named by <c>jurisdiction_id</c> (an area slug); else the smallest area
    /// whose imported boundary holds the point, so the moderators of that place take it; else the whole region.
    /// Null for a slug that is no area.
    /// </summary>
    private static async Task<int?> AreaAsync(
        RegionDirectory directory, string? jurisdictionId, double? latitude, double? longitude, CancellationToken cancellationToken)
    {
        var areas = await directory.ChoicesAsync(cancellationToken);
        if (jurisdictionId is not null)
        {
            return areas.FirstOrDefault(a => string.Equals(a.Slug, jurisdictionId, StringComparison.OrdinalIgnoreCase))?.Id;
        }

        if (latitude is { } lat && longitude is { } lon && await directory.SmallestAreaContainingAsync(lat, lon, cancellationToken) is { } containing)
        {
            return containing;
        }

        return areas.FirstOrDefault(a => a.Kind == AreaKind.Region)?.Id;
    }

    private static string? TooLong(string? value, string name, int max) =>
        value is not null && value.Length > max ? $"{name} may have at most {max.ToString("N0", CultureInfo.InvariantCulture)} characters." : null;
}

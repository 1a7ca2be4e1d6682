using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Reports.Open311;

/// <summary>
/// GeoReport v2 service requests. Without dates a query covers the last 90 days, and a query answers at most
/// 1,000 requests, newest first: the bounds the specification recommends. Hidden (moderated) reports are left out.
/// </summary>
internal static class Open311Requests
{
    public const int MaxResults = 1000;
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(90);

    public static void MapOpen311Requests(this RouteGroupBuilder api)
    {
        api.MapGet("/requests.{format:regex(^(json|xml)$)}", ListAsync)
            .WithName("Open311Requests")
            .WithSummary("Service requests. Filters: service_request_id (comma list; the other filters are then ignored), service_code (comma list), start_date and end_date (W3C date-times; without both, the last 90 days), status (open, closed). At most 1,000, newest first.");
        api.MapGet("/requests/{service_request_id}.{format:regex(^(json|xml)$)}", GetAsync)
            .WithName("Open311Request")
            .WithSummary("One service request, as a list of one like GeoReport v2 answers it.");
        api.MapPost("/requests.{format:regex(^(json|xml)$)}", Open311Submission.PostAsync)
            .WithName("Open311PostRequest")
            .WithSummary("Files a service request; over the write limit it answers 429 with Retry-After in the error shape. Form-encoded fields: api_key (machine token with scope open311:write), service_code, the place as lat and long (inside the region) or as address_string alone, description, jurisdiction_id (an area slug; without it the smallest area whose boundary holds the point, else the whole region), media_url, email, first_name, last_name, phone. Contact details are never published.")
            .Accepts<IFormCollection>("application/x-www-form-urlencoded")
            .WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite), new RateLimitRejectionWriter(Open311Document.WriteTooManyRequestsAsync));
    }

    private static async Task<IResult> ListAsync(
        HttpContext context,
        SmartRegionDb db,
        TimeProvider clock,
        string format,
        [FromQuery(Name = "service_request_id")] string? serviceRequestIds,
        [FromQuery(Name = "service_code")] string? serviceCodes,
        [FromQuery(Name = "start_date")] string? startDate,
        [FromQuery(Name = "end_date")] string? endDate,
        [FromQuery(Name = "status")] string? status,
        [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId,
        CancellationToken cancellationToken)
    {
        _ = jurisdictionId; // Accepted as the specification allows; the list covers the whole region.
        var query = db.Set<ServiceRequest>().AsNoTracking().Where(r => r.HiddenAt == null);
        if (!string.IsNullOrWhiteSpace(serviceRequestIds))
        {
            var ids = Split(serviceRequestIds).Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n > 0).ToList();
            query = query.Where(r => ids.Contains(r.Id));
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(serviceCodes))
            {
                var codes = Split(serviceCodes);
                var categoryIds = await db.Set<ReportCategory>().Where(c => codes.Contains(c.ServiceCode)).Select(c => c.Id).ToListAsync(cancellationToken);
                query = query.Where(r => categoryIds.Contains(r.CategoryId));
            }

            if (!TryReadDate(startDate, out var start) || !TryReadDate(endDate, out var end))
            {
                return Open311Document.Error(format, StatusCodes.Status400BadRequest, "start_date and end_date must be W3C date-times such as 2026-05-01T00:00:00+02:00.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var to = end ?? now;
            var from = start ?? (end is null ? now - DefaultSpan : to - DefaultSpan);
            query = query.Where(r => r.RequestedAt >= from && r.RequestedAt <= to);

            if (!string.IsNullOrWhiteSpace(status))
            {
                var statuses = Split(status);
                if (statuses.Any(s => s is not ("open" or "closed")))
                {
                    return Open311Document.Error(format, StatusCodes.Status400BadRequest, "status must be open, closed or both, comma-separated.");
                }

                if (!statuses.Contains("open"))
                {
                    query = query.Where(r => r.Status == ReportStatus.Closed);
                }
                else if (!statuses.Contains("closed"))
                {
                    query = query.Where(r => r.Status != ReportStatus.Closed);
                }
            }
        }

        var requests = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Take(MaxResults).ToListAsync(cancellationToken);
        return Open311Document.Result(await ToListAsync(context, db, requests, cancellationToken), format);
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, SmartRegionDb db, string format, [FromRoute(Name = "service_request_id")] string serviceRequestId, CancellationToken cancellationToken)
    {
        var id = int.TryParse(serviceRequestId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var request = await db.Set<ServiceRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.HiddenAt == null, cancellationToken);
        return request is null
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"There is no service request '{serviceRequestId}'.")
            : Open311Document.Result(await ToListAsync(context, db, [request], cancellationToken), format);
    }

    private static async Task<Open311List> ToListAsync(HttpContext context, SmartRegionDb db, List<ServiceRequest> requests, CancellationToken cancellationToken)
    {
        var english = LocalizationSetup.IsEnglish;
        var ids = requests.Select(r => (long)r.Id).ToList();
        var categoryIds = requests.Select(r => r.CategoryId).Distinct().ToList();
        var categories = await db.Set<ReportCategory>().AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var photos = (await db.Set<StoredImage>().AsNoTracking()
                .Where(i => i.OwnerKind == ReportFiling.OwnerKind && ids.Contains(i.OwnerId) && !i.IsHidden)
                .Select(i => new { i.OwnerId, i.Id, i.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(i => i.OwnerId).ToDictionary(g => g.Key, g => g.OrderBy(i => i.CreatedAt).First().Id);
        var items = requests.Select(r => (object)ToItem(
            r,
            categories[r.CategoryId],
            photos.TryGetValue(r.Id, out var photoId) ? PublicUrl.For(context, $"/participation/images/{photoId}") : r.ExternalMediaUrl,
            english)).ToList();
        return new Open311List("service_requests", "request", items);
    }

    private static Open311Object ToItem(ServiceRequest request, ReportCategory category, string? mediaUrl, bool english) =>
        Open311Document.Fields(
            "request",
            ("service_request_id", request.Id.ToString(CultureInfo.InvariantCulture)),
            ("status", request.Status == ReportStatus.Closed ? "closed" : "open"),
            ("status_notes", request.StatusNotes),
            ("service_name", category.Name(english)),
            ("service_code", category.ServiceCode),
            ("description", request.Description),
            ("agency_responsible", request.AgencyResponsible),
            ("service_notice", null),
            ("requested_datetime", BerlinTime.WithOffset(request.RequestedAt)),
            ("updated_datetime", BerlinTime.WithOffset(request.UpdatedAt)),
            ("expected_datetime", null),
            ("address", request.Address),
            ("address_id", null),
            ("zipcode", null),
            ("lat", request.Latitude),
            ("long", request.Longitude),
            ("media_url", mediaUrl));

    private static List<string> Split(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Reads a W3C date-time; one without an offset is taken as UTC.</summary>
    private static bool TryReadDate(string? text, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // An unencoded '+' of the offset arrives as a space.
        text = text.Trim().Replace(' ', '+');
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }
}

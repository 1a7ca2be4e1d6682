using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Reports;

/// <summary>A checked photo, ready to be stored with its report.</summary>
public sealed record PreparedPhoto(byte[] Bytes, string ContentType, int Width, int Height, string? AltText);

/// <summary>Contact details an Open311 client may send for an anonymous reporter; only the staff ever see them.</summary>
public sealed record ReportContact(string? Email, string? FirstName, string? LastName, string? Phone);

/// <summary>
/// Everything a new report needs, whether it came through the form or through Open311. The point may be missing
/// when the address says where (an Open311 request with <c>address_string</c> alone).
/// </summary>
public sealed record NewReport(
    ReportCategory Category,
    int AreaId,
    double? Latitude,
    double? Longitude,
    string Description,
    string? Address,
    Guid? ReporterId,
    Guid? TokenId,
    ReportContact? Contact,
    string? ExternalMediaUrl);

/// <summary>Files new reports and records every change of their status, so the history is never skipped.</summary>
public sealed class ReportFiling(SmartRegionDb db, UploadedImages images, TimeProvider clock)
{
    public const string OwnerKind = "report";

    // The KielRegion with a margin for the coast and the water in front of it (see the region facts).
    public const double MinLatitude = 53.9;
    public const double MaxLatitude = 54.7;
    public const double MinLongitude = 9.4;
    public const double MaxLongitude = 10.9;

    public static bool IsInRegion(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude && longitude is >= MinLongitude and <= MaxLongitude;

    public async Task<ServiceRequest> FileAsync(NewReport report, PreparedPhoto? photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Latitude is null != report.Longitude is null || (report.Latitude is null && string.IsNullOrWhiteSpace(report.Address)))
        {
            throw new ArgumentException("A report needs a whole point (latitude and longitude) or an address.", nameof(report));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new ServiceRequest
        {
            CategoryId = report.Category.Id,
            AreaId = report.AreaId,
            Status = ReportStatus.Open,
            Description = report.Description.Trim(),
            Latitude = report.Latitude is { } latitude ? Math.Round(latitude, 6) : null,
            Longitude = report.Longitude is { } longitude ? Math.Round(longitude, 6) : null,
            Address = string.IsNullOrWhiteSpace(report.Address) ? null : report.Address.Trim(),
            RequestedAt = now,
            UpdatedAt = now,
            AgencyResponsible = report.Category.DefaultAgency,
            ReporterId = report.ReporterId,
            SubmittedByTokenId = report.TokenId,
            ContactEmail = Blank(report.Contact?.Email),
            ContactFirstName = Blank(report.Contact?.FirstName),
            ContactLastName = Blank(report.Contact?.LastName),
            ContactPhone = Blank(report.Contact?.Phone),
            ExternalMediaUrl = Blank(report.ExternalMediaUrl),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new ReportStatusChange { RequestId = request.Id, Status = ReportStatus.Open, At = now, AgencyResponsible = request.AgencyResponsible });
        await db.SaveChangesAsync(cancellationToken);
        if (photo is not null)
        {
            await images.StoreAsync(OwnerKind, request.Id, photo.Bytes, photo.ContentType, photo.Width, photo.Height, photo.AltText, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    /// <summary>Sets the status, the public note and the responsible agency, and adds the step to the history.</summary>
    public async Task ChangeStatusAsync(ServiceRequest request, ReportStatus status, string? note, string? agency, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        request.Status = status;
        request.StatusNotes = Blank(note);
        request.AgencyResponsible = Blank(agency) ?? request.AgencyResponsible;
        request.UpdatedAt = now;
        db.Add(new ReportStatusChange
        {
            RequestId = request.Id,
            Status = status,
            Note = request.StatusNotes,
            AgencyResponsible = request.AgencyResponsible,
            At = now,
            ById = by,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

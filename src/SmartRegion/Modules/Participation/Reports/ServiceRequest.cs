namespace SmartRegion.Modules.Participation.Reports;

/// <summary>
/// A report of a problem at a place (Mängelmelder) or an observation on the coast, called a service request in
/// Open311. Contact details of a reporter who came through Open311 are kept for the staff only.
/// </summary>
public sealed class ServiceRequest
{
    public int Id { get; set; }

    public int CategoryId { get; set; }

    public int AreaId { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>The staff's latest explanation of the status, shown publicly and as Open311 <c>status_notes</c>.</summary>
    public string? StatusNotes { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Null, like <see cref="Longitude"/>, for a report placed by its address alone (Open311 allows that).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Address { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The office or company that deals with the report.</summary>
    public string? AgencyResponsible { get; set; }

    /// <summary>The signed-in resident who reported it; null for an Open311 submission or a deleted account.</summary>
    public Guid? ReporterId { get; set; }

    /// <summary>The machine token an Open311 client submitted with.</summary>
    public Guid? SubmittedByTokenId { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactFirstName { get; set; }

    public string? ContactLastName { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>A photo link an Open311 client sent instead of uploading one; we pass it on but never embed it.</summary>
    public string? ExternalMediaUrl { get; set; }

    public DateTime? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }
}

/// <summary>The staff's finer status. Open311 knows only open and closed, so in progress is told as open with a note.</summary>
public enum ReportStatus
{
    Open,
    InProgress,
    Closed,
}

/// <summary>One step of a report's history: what the status became, when, by whom and why.</summary>
public sealed class ReportStatusChange
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    public ReportStatus Status { get; set; }

    public string? Note { get; set; }

    public string? AgencyResponsible { get; set; }

    public DateTime At { get; set; }

    /// <summary>The staff member; null for the first entry of a report or a deleted account.</summary>
    public Guid? ById { get; set; }
}

public static class ReportStatusTexts
{
    /// <summary>The key of the status's name in the shared texts.</summary>
    public static string TextKey(this ReportStatus status) => $"Reports.Status.{status}";
}

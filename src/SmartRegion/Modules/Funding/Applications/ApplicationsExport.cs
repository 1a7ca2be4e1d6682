using System.Globalization;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>The call's submitted applications as CSV for staff of its area.</summary>
internal static class ApplicationsExport
{
    public static void MapApplicationsExport(this WebApplication app) =>
        app.MapStaffCsv("applications", ["reference", "applicant", "title", "state", "grant_requested", "submitted_at"], async (call, services, cancellationToken) =>
        {
            var applications = await services.GetRequiredService<ApplicationDesk>().OfCallAsync(call.Id, cancellationToken);
            return applications.Select(application => new[]
            {
                application.ReferenceNumber ?? "",
                application.ApplicantName,
                application.Title,
                application.State.ToString(),
                application.GrantRequested?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                application.SubmittedAt is { } at ? BerlinTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
            });
        });
}

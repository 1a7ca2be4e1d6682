using System.Globalization;
using System.Text;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>The call's submitted applications as CSV for staff of its area.</summary>
internal static class ApplicationsExport
{
    private static readonly string[] Columns = ["reference", "applicant", "title", "state", "grant_requested", "submitted_at"];

    public static void MapApplicationsExport(this WebApplication app) =>
        app.MapGet("/funding/calls/{id:int}/applications.csv", async (int id, HttpContext context, CallCatalog calls, ApplicationDesk desk, FundingAccess access, CancellationToken cancellationToken) =>
        {
            var call = await calls.FindAsync(id, cancellationToken);
            if (call is null)
            {
                return Results.NotFound();
            }

            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Challenge();
            }

            if (!await access.IsEditorAsync(context.User, call.AreaId, cancellationToken))
            {
                return Results.Forbid();
            }

            var csv = new StringBuilder();
            CsvCells.AppendRow(csv, Columns);
            foreach (var application in await desk.OfCallAsync(id, cancellationToken))
            {
                CsvCells.AppendRow(csv,
                [
                    application.ReferenceNumber ?? "",
                    application.ApplicantName,
                    application.Title,
                    application.State.ToString(),
                    application.GrantRequested?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                    application.SubmittedAt is { } at ? BerlinTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
                ]);
            }

            return CsvCells.Download(context, csv, $"funding-call-{id}-applications.csv");
        }).ExcludeFromDescription();
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Funding.Review;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Files;

namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>
/// Serves a file only to those who may read what it belongs to (an application: its applicant, staff of the
/// call's area and its reviewers without a conflict; a report: the pilot's team and staff of the call's area),
/// always as a download, never sniffed and sandboxed: an uploaded document must not run as a page of this site.
/// </summary>
internal static class AttachmentsEndpoint
{
    public static void MapFundingAttachments(this WebApplication app) =>
        app.MapGet("/funding/attachments/{id:guid}", async (Guid id, HttpContext context, SmartRegionDb db, CancellationToken cancellationToken) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Challenge();
            }

            var attachment = await db.Set<FundingAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (attachment is null || !await MayReadAsync(context.User, attachment, context.RequestServices, cancellationToken))
            {
                return Results.NotFound();
            }

            return UploadedDocument.Download(context, attachment.Bytes, attachment.ContentType, attachment.FileName);
        }).ExcludeFromDescription();

    private static async Task<bool> MayReadAsync(ClaimsPrincipal user, FundingAttachment attachment, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (attachment.ApplicationId is { } applicationId)
        {
            var desk = services.GetRequiredService<ApplicationDesk>();
            var application = await desk.FindAsync(applicationId, cancellationToken);
            var call = application is null ? null : await services.GetRequiredService<CallCatalog>().FindAsync(application.CallId, cancellationToken);
            return application is not null && call is not null
                && (ApplicationDesk.IsApplicant(user, application) || await desk.IsStaffAsync(user, call, application, cancellationToken)
                    || await services.GetRequiredService<FundingReviewDesk>().MayReadAsync(user, call, application, cancellationToken));
        }

        if (attachment.ReportId is { } reportId)
        {
            var pilots = services.GetRequiredService<PilotCatalog>();
            var pilotId = await services.GetRequiredService<SmartRegionDb>().Set<PilotReport>().Where(r => r.Id == reportId).Select(r => (int?)r.PilotId).SingleOrDefaultAsync(cancellationToken);
            var pilot = pilotId is { } known ? await pilots.FindAsync(known, cancellationToken) : null;
            return pilot is not null && (await pilots.RoleAsync(user, pilot, cancellationToken)).CanReport;
        }

        return false;
    }
}

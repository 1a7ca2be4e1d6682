using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Review;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding.Common.Attachments;

/// <summary>
/// Serves a file only to its applicant, to staff of the call's area and to the application's reviewers without a
/// conflict, always as a download, never sniffed and sandboxed: an uploaded document must not run as a page of this site.
/// </summary>
internal static class AttachmentsEndpoint
{
    public static void MapFundingAttachments(this WebApplication app) =>
        app.MapGet("/funding/attachments/{id:guid}", async (Guid id, HttpContext context, SmartRegionDb db, ApplicationDesk desk, CallCatalog calls, FundingReviewDesk reviews, CancellationToken cancellationToken) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Challenge();
            }

            var attachment = await db.Set<FundingAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            var application = attachment is null ? null : await desk.FindAsync(attachment.ApplicationId, cancellationToken);
            var call = application is null ? null : await calls.FindAsync(application.CallId, cancellationToken);
            if (attachment is null || application is null || call is null
                || !(ApplicationDesk.IsApplicant(context.User, application) || await desk.IsStaffAsync(context.User, call, application, cancellationToken)
                    || await reviews.MayReadAsync(context.User, call, application, cancellationToken)))
            {
                return Results.NotFound();
            }

            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "private, no-store";
            return Results.File(attachment.Bytes, attachment.ContentType, attachment.FileName);
        }).ExcludeFromDescription();
}

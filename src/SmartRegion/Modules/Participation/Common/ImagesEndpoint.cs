using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Common;

/// <summary>Serves stored photos. They were re-encoded on upload, so the bytes are exactly the type they claim.</summary>
internal static class ImagesEndpoint
{
    public static void MapParticipationImages(this WebApplication app) =>
        app.MapGet("/participation/images/{id:guid}", async (Guid id, SmartRegionDb db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var image = await db.Set<StoredImage>().AsNoTracking().Where(i => i.Id == id && !i.IsHidden)
                .Select(i => new { i.Bytes, i.ContentType }).SingleOrDefaultAsync(cancellationToken);
            if (image is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=86400";
            context.Response.Headers.ContentDisposition = "inline";
            return Results.Bytes(image.Bytes, image.ContentType);
        }).ExcludeFromDescription();
}

using SmartRegion.Platform.Files;

namespace SmartRegion.Modules.Projects.Hackathons.Files;

/// <summary>Serves a file of a team's result to those who may read it (see <see cref="SubmissionFiles.ReadableAsync"/>), as a safe download.</summary>
internal static class SubmissionFilesEndpoint
{
    public static void MapSubmissionFiles(this WebApplication app) =>
        app.MapGet("/hackathons/files/{id:guid}", async (Guid id, HttpContext context, SubmissionFiles files, CancellationToken cancellationToken) =>
            await files.ReadableAsync(context.User, id, cancellationToken) is { } file
                ? UploadedDocument.Download(context, file.Bytes, file.ContentType, file.FileName)
                : Results.NotFound()).ExcludeFromDescription();
}

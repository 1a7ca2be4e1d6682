using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Projects.Hackathons.Jury;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Files;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons.Files;

/// <summary>
/// The files of a team's result: members add and remove them until the submission deadline (at most
/// <see cref="HackathonsModel.MaxSubmissionFiles"/>, each checked like every uploaded document); the team, editors of
/// the area and the result's judges without a conflict read them, everyone once the result has a published award.
/// </summary>
public sealed class SubmissionFiles(SmartRegionDb db, HackathonCatalog catalog, ProjectsAccess access, ReviewBook reviews, TimeProvider clock)
{
    public Task<List<SubmissionFileInfo>> OfAsync(IReadOnlyCollection<int> submissionIds, CancellationToken cancellationToken) =>
        db.Set<SubmissionFile>().AsNoTracking().Where(f => submissionIds.Contains(f.SubmissionId)).OrderBy(f => f.CreatedAt).ThenBy(f => f.FileName)
            .Select(f => new SubmissionFileInfo(f.Id, f.SubmissionId, f.FileName, f.Length)).ToListAsync(cancellationToken);

    /// <summary>
    /// Adds a file to the result. The count is checked before the insert; two uploads at the same moment may pass the
    /// check together and end one file over the limit, which costs nothing but space.
    /// </summary>
    public async Task<SubmissionFileOutcome> AddAsync(HackathonSubmission submission, IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (await db.Set<SubmissionFile>().CountAsync(f => f.SubmissionId == submission.Id, cancellationToken) >= HackathonsModel.MaxSubmissionFiles)
        {
            return SubmissionFileOutcome.TooMany;
        }

        var (refusal, document) = await UploadedDocument.ReadAsync(file, HackathonsModel.SubmissionFileMaxBytes, cancellationToken);
        if (document is null)
        {
            return refusal switch
            {
                UploadRefusal.Empty => SubmissionFileOutcome.Empty,
                UploadRefusal.TooLarge => SubmissionFileOutcome.TooLarge,
                _ => SubmissionFileOutcome.TypeNotAccepted,
            };
        }

        db.Add(new SubmissionFile
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            FileName = document.FileName,
            ContentType = document.ContentType,
            Length = document.Bytes.Length,
            Bytes = document.Bytes,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return SubmissionFileOutcome.Done;
    }

    /// <summary>Removes a file of the result; false when the result has no such file.</summary>
    public async Task<bool> RemoveAsync(HackathonSubmission submission, Guid fileId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return await db.Set<SubmissionFile>().Where(f => f.Id == fileId && f.SubmissionId == submission.Id).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// The file with its bytes when <paramref name="user"/> may read it; otherwise null, as if it did not exist. The
    /// decision needs only the result and its hackathon; the bytes are read after it.
    /// </summary>
    public async Task<SubmissionFile?> ReadableAsync(ClaimsPrincipal user, Guid fileId, CancellationToken cancellationToken)
    {
        var owner = await db.Set<SubmissionFile>().Where(f => f.Id == fileId)
            .Join(db.Set<HackathonSubmission>(), f => f.SubmissionId, s => s.Id, (f, s) => s)
            .Join(db.Set<Hackathon>(), s => s.HackathonId, h => h.Id, (s, h) => new { SubmissionId = s.Id, s.TeamId, s.HackathonId, s.Award, h.AreaId, h.ResultsPublishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        var accountId = SignedInAccount.IdOf(user);
        var readable = (owner.ResultsPublishedAt is not null && owner.Award != HackathonAward.None)
            || (accountId is { } id
                && (await catalog.TeamOfAsync(owner.HackathonId, id, cancellationToken) is { } team && team.Id == owner.TeamId
                    || await access.IsEditorAsync(user, owner.AreaId, cancellationToken)
                    || (await reviews.MayReadSubjectAsync(HackathonJury.SubjectKind, owner.SubmissionId, id, cancellationToken)
                        && await access.IsReviewerAsync(user, owner.AreaId, cancellationToken))));
        return readable ? await db.Set<SubmissionFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken) : null;
    }
}

/// <summary>How adding a file ended; the page shows the matching text next to the file field.</summary>
public enum SubmissionFileOutcome
{
    Done,
    Empty,
    TooLarge,
    TypeNotAccepted,
    TooMany,
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Projects.Hackathons;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Projects.Queries;

/// <summary>
/// The Projects module's public query service for hackathon results: other modules (the funding pot, to carry a
/// winning result into an application) read a team's submission here and never touch the hackathon tables. Read-only.
/// </summary>
public sealed class HackathonSubmissionDirectory(SmartRegionDb db)
{
    public async Task<HackathonSubmissionInfo?> FindAsync(int submissionId, CancellationToken cancellationToken)
    {
        var row = await (
            from submission in db.Set<HackathonSubmission>().AsNoTracking()
            join team in db.Set<HackathonTeam>().AsNoTracking() on submission.TeamId equals team.Id
            join hackathon in db.Set<Hackathon>().AsNoTracking() on submission.HackathonId equals hackathon.Id
            where submission.Id == submissionId
            select new
            {
                Submission = submission,
                TeamName = team.Name,
                team.ChallengeId,
                HackathonTitle = hackathon.Title,
                Published = hackathon.ResultsPublishedAt != null,
            }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var challengeTitle = row.ChallengeId is { } challengeId
            ? await db.Set<HackathonChallenge>().Where(c => c.Id == challengeId).Select(c => c.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        var members = await db.Set<TeamMembership>().Where(m => m.TeamId == row.Submission.TeamId).OrderBy(m => m.JoinedAt)
            .Select(m => m.AccountId).ToListAsync(cancellationToken);
        var s = row.Submission;
        return new HackathonSubmissionInfo(
            s.Id, s.HackathonId, row.HackathonTitle, challengeTitle, row.TeamName, members,
            row.Published ? s.Award.Place() : null, row.Published && s.Award == HackathonAward.HonourableMention,
            s.Description, s.RepositoryUrl, s.DemoUrl);
    }
}

/// <summary>
/// A team's result in a hackathon. <see cref="Place"/> is 1, 2 or 3 only once the editor published the results;
/// before that, and for every other result, it is null. <see cref="MemberIds"/> are the team's accounts now.
/// </summary>
public sealed record HackathonSubmissionInfo(
    int SubmissionId,
    int HackathonId,
    string HackathonTitle,
    string? ChallengeTitle,
    string TeamName,
    IReadOnlyList<Guid> MemberIds,
    int? Place,
    bool HonourableMention,
    string Description,
    string? RepositoryUrl,
    string? DemoUrl)
{
    /// <summary>The hackathon's public page.</summary>
    public string HackathonPath => $"/hackathons/{HackathonId}";

    public bool IsMember(Guid accountId) => MemberIds.Contains(accountId);
}

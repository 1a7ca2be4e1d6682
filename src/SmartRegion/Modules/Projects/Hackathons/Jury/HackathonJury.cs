using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons.Jury;

/// <summary>A judge's review as the judge works on it: the assignment with the team's result, the team and the hackathon.</summary>
public sealed record JuryCase(ReviewAssignment Assignment, HackathonSubmission Submission, string TeamName, Hackathon Hackathon);

/// <summary>
/// The jury of a hackathon on the platform's review engine, the same as the funding pot's reviews: the editor
/// assigns judges (accounts holding the Reviewer role in the hackathon's area or an area above it) to the teams' results once the
/// submission deadline has passed; each judge declares conflicts of interest first and then scores the result
/// against the hackathon's criteria. Nobody judges their own team.
/// </summary>
public sealed class HackathonJury(
    ReviewDesk desk, ReviewBook book, JuryCriteria criteria, SmartRegionDb db, ProjectsAccess access, RegionDirectory directory,
    IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    /// <summary>What the review engine calls a team's result; the hackathon's id is the round.</summary>
    public const string SubjectKind = "hackathon-submission";

    public static string LinkTo(int assignmentId) => $"/hackathons/judging/{assignmentId}";

    /// <summary>The accounts holding the Reviewer role in the hackathon's area or above, by name.</summary>
    public async Task<List<ReviewerChoice>> JudgesAsync(Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var ids = await directory.GranteesOfRoleInAsync(Roles.Reviewer, hackathon.AreaId, cancellationToken);
        return await book.NamedAsync(ids, cancellationToken);
    }

    /// <summary>
    /// Assigns a judge to a team's result. Judging starts after the submission deadline (before, the result may still
    /// change) and ends with the published results; it needs criteria; a member of the team cannot judge it.
    /// </summary>
    public async Task<ReviewOutcome> AssignAsync(Hackathon hackathon, int? submissionId, Guid? judgeId, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now <= hackathon.SubmissionDeadline)
        {
            return ReviewOutcome.Refused(ReviewRefusal.Invalid, texts["Hackathons.Jury.TooEarly", BerlinTime.Format(hackathon.SubmissionDeadline)]);
        }

        if (hackathon.ResultsPublishedAt is not null)
        {
            return ReviewOutcome.Refused(ReviewRefusal.Invalid, texts["Hackathons.Jury.Published"]);
        }

        if ((await criteria.OfAsync(hackathon.Id, cancellationToken)).Count == 0)
        {
            return ReviewOutcome.Refused(ReviewRefusal.Invalid, texts["Hackathons.Jury.NoCriteria"]);
        }

        var submission = submissionId is { } id
            ? await db.Set<HackathonSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.HackathonId == hackathon.Id, cancellationToken)
            : null;
        var errors = new Dictionary<string, string>();
        if (submission is null)
        {
            errors["SubmissionId"] = texts["Hackathons.Jury.Validation.Submission"];
        }

        if (judgeId is not { } judge || (await JudgesAsync(hackathon, cancellationToken)).All(j => j.Id != judge))
        {
            errors["JudgeId"] = texts["Hackathons.Jury.Validation.Judge"];
        }
        else if (submission is not null
            && await db.Set<TeamMembership>().AnyAsync(m => m.TeamId == submission.TeamId && m.AccountId == judge, cancellationToken))
        {
            errors["JudgeId"] = texts["Hackathons.Jury.Validation.OwnTeam"];
        }

        return errors.Count > 0
            ? ReviewOutcome.Invalid(errors)
            : await desk.AssignAsync(SubjectKind, submission!.Id, hackathon.Id, judgeId!.Value, by, _ => { }, cancellationToken);
    }

    /// <summary>Withdraws an unfinished assignment of the hackathon (see <see cref="ReviewDesk.WithdrawAsync"/>); null when it has no such assignment.</summary>
    public async Task<ReviewOutcome?> WithdrawAsync(Hackathon hackathon, int assignmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var assignment = await book.FindAsync(assignmentId, cancellationToken);
        return assignment is null || assignment.SubjectKind != SubjectKind || assignment.RoundId != hackathon.Id
            ? null
            : await desk.WithdrawAsync(assignment, _ => { }, cancellationToken);
    }

    /// <summary>
    /// Whether the person judges in the hackathon and has not handed in every review yet: such a person must not see
    /// the others' scores, not even as an editor of the area.
    /// </summary>
    public async Task<bool> IsStillJudgingAsync(ClaimsPrincipal user, Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return SignedInAccount.IdOf(user) is { } accountId && await book.HasOpenReviewAsync(SubjectKind, hackathon.Id, accountId, cancellationToken);
    }

    /// <summary>Every judge's review of the hackathon, for its editor.</summary>
    public Task<List<ReviewAssignment>> AssignmentsAsync(Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return book.OfRoundAsync(SubjectKind, hackathon.Id, cancellationToken);
    }

    /// <summary>
    /// The judge's review <paramref name="assignmentId"/>, while they hold the Reviewer role in the hackathon's area;
    /// null for everybody else, and when the team's result is gone.
    /// </summary>
    public async Task<JuryCase?> OpenAsync(ClaimsPrincipal user, int assignmentId, CancellationToken cancellationToken)
    {
        var accountId = SignedInAccount.IdOf(user);
        var assignment = accountId is null ? null : await book.FindAsync(assignmentId, cancellationToken);
        return assignment is null || assignment.SubjectKind != SubjectKind || assignment.ReviewerId != accountId
            ? null
            : await CaseOfAsync(user, assignment, cancellationToken);
    }

    /// <summary>The person's reviews in hackathons of whose area they still hold the Reviewer role, the newest first.</summary>
    public async Task<List<JuryCase>> OfJudgeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return [];
        }

        var cases = new List<JuryCase>();
        foreach (var assignment in await book.OfReviewerAsync(SubjectKind, accountId, cancellationToken))
        {
            if (await CaseOfAsync(user, assignment, cancellationToken) is { } found)
            {
                cases.Add(found);
            }
        }

        return cases;
    }

    public async Task<List<ReviewCriterionRef>> CriteriaOfAsync(Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return JuryCriterion.RefsOf(await criteria.OfAsync(hackathon.Id, cancellationToken));
    }

    public Task<ReviewOutcome> DeclareAsync(JuryCase review, bool hasConflict, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return desk.DeclareAsync(review.Assignment, hasConflict, note, _ => { }, cancellationToken);
    }

    public async Task<ReviewOutcome> SaveDraftAsync(JuryCase review, ReviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return await desk.SaveDraftAsync(review.Assignment, await CriteriaOfAsync(review.Hackathon, cancellationToken), input, cancellationToken);
    }

    public async Task<ReviewOutcome> SubmitAsync(JuryCase review, ReviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return await desk.SubmitAsync(review.Assignment, await CriteriaOfAsync(review.Hackathon, cancellationToken), input, _ => { }, cancellationToken);
    }

    private async Task<JuryCase?> CaseOfAsync(ClaimsPrincipal user, ReviewAssignment assignment, CancellationToken cancellationToken)
    {
        var submission = await db.Set<HackathonSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == assignment.SubjectId, cancellationToken);
        var hackathon = submission is null ? null : await db.Set<Hackathon>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == submission.HackathonId, cancellationToken);
        if (submission is null || hackathon is null || !await access.IsReviewerAsync(user, hackathon.AreaId, cancellationToken))
        {
            return null;
        }

        var teamName = await db.Set<HackathonTeam>().Where(t => t.Id == submission.TeamId).Select(t => t.Name).SingleAsync(cancellationToken);
        return new JuryCase(assignment, submission, teamName, hackathon);
    }
}

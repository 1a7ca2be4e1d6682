using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Review;

/// <summary>A review as its reviewer works on it: the assignment with the application and the call it belongs to.</summary>
public sealed record ReviewCase(ReviewAssignment Assignment, FundingApplication Application, FundingCall Call);

/// <summary>
/// The review of funding applications on the platform's review engine: who may assign whom, who may open which
/// review, and the audit trail of every assignment, declaration and submitted review. Pages and the API both act here.
/// </summary>
public sealed class FundingReviewDesk(
    ReviewDesk desk, ReviewBook book, ApplicationDesk applications, CallCatalog calls, FundingAudit audit, FundingAccess access,
    RegionDirectory directory, IStringLocalizer<SharedTexts> texts)
{
    public static string LinkTo(int assignmentId) => $"/funding/reviews/{assignmentId}";

    /// <summary>
    /// Staff of the call's area see and steer its reviews, unless they review in the call themselves and have not
    /// submitted yet: nobody sees other reviewers' scores before handing in their own.
    /// </summary>
    public async Task<bool> IsStaffAsync(ClaimsPrincipal user, FundingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return await access.IsEditorAsync(user, call.AreaId, cancellationToken)
            && !(SignedInAccount.IdOf(user) is { } accountId && await book.HasOpenReviewAsync(ReviewCriteria.SubjectKind, call.Id, accountId, cancellationToken));
    }

    /// <summary>The call <paramref name="callId"/> for a page or an endpoint of its staff: no call means 404, not staff 403.</summary>
    public async Task<(FundingCall? Call, bool IsStaff)> CallForStaffAsync(ClaimsPrincipal user, int callId, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(callId, cancellationToken);
        return (call, call is not null && await IsStaffAsync(user, call, cancellationToken));
    }

    /// <summary>The accounts holding the Reviewer role in the call's area or above, by name.</summary>
    public async Task<List<ReviewerChoice>> ReviewersAsync(FundingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var ids = await directory.GranteesOfRoleInAsync(Roles.Reviewer, call.AreaId, cancellationToken);
        return await book.NamedAsync(ids, cancellationToken);
    }

    public async Task<ReviewOutcome> AssignAsync(FundingCall call, int? applicationId, Guid? reviewerId, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var application = applicationId is { } id ? await applications.FindAsync(id, cancellationToken) : null;
        var errors = new Dictionary<string, string>();
        if (application is null || application.CallId != call.Id || !ApplicationStates.IsOpenForReview(application.State))
        {
            errors["ApplicationId"] = texts["Funding.Review.Validation.Application"];
        }

        if (reviewerId is not { } reviewer || (await ReviewersAsync(call, cancellationToken)).All(r => r.Id != reviewer))
        {
            errors["ReviewerId"] = texts["Funding.Review.Validation.Reviewer"];
        }
        else if (application?.ApplicantId == reviewer)
        {
            errors["ReviewerId"] = texts["Funding.Review.Validation.OwnApplication"];
        }

        if (errors.Count > 0)
        {
            return ReviewOutcome.Invalid(errors);
        }

        return await desk.AssignAsync(ReviewCriteria.SubjectKind, application!.Id, call.Id, reviewerId!.Value, by,
            change => Record(call, change, "reviewer-assigned", by, $"assignment {change.Assignment.Id}"), cancellationToken);
    }

    /// <summary>
    /// Withdraws an unfinished assignment of the call (see <see cref="ReviewDesk.WithdrawAsync"/>); null when the call
    /// has no such assignment. The trail keeps who withdrew whose review.
    /// </summary>
    public async Task<ReviewOutcome?> WithdrawAsync(FundingCall call, int assignmentId, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var assignment = await book.FindAsync(assignmentId, cancellationToken);
        if (assignment is null || assignment.SubjectKind != ReviewCriteria.SubjectKind || assignment.RoundId != call.Id)
        {
            return null;
        }

        return await desk.WithdrawAsync(assignment, change => Record(call, change, "reviewer-withdrawn", by, $"assignment {change.Assignment.Id}"), cancellationToken);
    }

    /// <summary>The person's review <paramref name="assignmentId"/>, while they hold the Reviewer role for the call's area; null for everybody else.</summary>
    public async Task<ReviewCase?> OpenAsync(ClaimsPrincipal user, int assignmentId, CancellationToken cancellationToken)
    {
        var accountId = SignedInAccount.IdOf(user);
        var assignment = accountId is null ? null : await book.FindAsync(assignmentId, cancellationToken);
        if (assignment is null || assignment.SubjectKind != ReviewCriteria.SubjectKind || assignment.ReviewerId != accountId)
        {
            return null;
        }

        var application = await applications.FindAsync(assignment.SubjectId, cancellationToken);
        var call = application is null ? null : await calls.FindAsync(application.CallId, cancellationToken);
        return application is null || call is null || !await access.IsReviewerAsync(user, call.AreaId, cancellationToken)
            ? null
            : new ReviewCase(assignment, application, call);
    }

    /// <summary>The person's reviews, of calls in whose area they still hold the Reviewer role.</summary>
    public async Task<List<ReviewCase>> OfReviewerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SignedInAccount.IdOf(user) is not { } accountId)
        {
            return [];
        }

        var cases = new List<ReviewCase>();
        var reviewedCalls = new Dictionary<int, FundingCall?>();
        foreach (var assignment in await book.OfReviewerAsync(ReviewCriteria.SubjectKind, accountId, cancellationToken))
        {
            var application = await applications.FindAsync(assignment.SubjectId, cancellationToken);
            if (application is null)
            {
                continue;
            }

            // Each call once: its lookup and the role check in its area.
            if (!reviewedCalls.TryGetValue(application.CallId, out var call))
            {
                var found = await calls.FindAsync(application.CallId, cancellationToken);
                call = found is not null && await access.IsReviewerAsync(user, found.AreaId, cancellationToken) ? found : null;
                reviewedCalls[application.CallId] = call;
            }

            if (call is not null)
            {
                cases.Add(new ReviewCase(assignment, application, call));
            }
        }

        return cases;
    }

    /// <summary>Whether the person reviews this application without a conflict, and so may read it and its files.</summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, FundingCall call, FundingApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        return SignedInAccount.IdOf(user) is { } accountId
            && await book.MayReadSubjectAsync(ReviewCriteria.SubjectKind, application.Id, accountId, cancellationToken)
            && await access.IsReviewerAsync(user, call.AreaId, cancellationToken);
    }

    public Task<ReviewOutcome> DeclareAsync(ReviewCase review, bool hasConflict, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (Closed(review) is { } closed)
        {
            return Task.FromResult(closed);
        }

        return desk.DeclareAsync(review.Assignment, hasConflict, note,
            change => Record(review.Call, change, "conflict-declared", review.Assignment.ReviewerId, change.Assignment.ConflictNote), cancellationToken);
    }

    public Task<ReviewOutcome> SaveDraftAsync(ReviewCase review, ReviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (Closed(review) is { } closed)
        {
            return Task.FromResult(closed);
        }

        return desk.SaveDraftAsync(review.Assignment, ReviewCriteria.Of(review.Call, LocalizationSetup.IsEnglish), input, cancellationToken);
    }

    /// <summary>Submits the review. The trail names no scores or recommendation: staff who review themselves read it too.</summary>
    public Task<ReviewOutcome> SubmitAsync(ReviewCase review, ReviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (Closed(review) is { } closed)
        {
            return Task.FromResult(closed);
        }

        return desk.SubmitAsync(review.Assignment, ReviewCriteria.Of(review.Call, LocalizationSetup.IsEnglish), input,
            change => Record(review.Call, change, "review-submitted", review.Assignment.ReviewerId, null), cancellationToken);
    }

    /// <summary>
    /// A review changes only while its application is open for review: once it is withdrawn, ineligible or decided,
    /// a late score would move a ranking the decision already rests on.
    /// </summary>
    private ReviewOutcome? Closed(ReviewCase review) =>
        ApplicationStates.IsOpenForReview(review.Application.State)
            ? null
            : ReviewOutcome.Refused(ReviewRefusal.Closed, texts[ReviewOutcome.TextKey(ReviewRefusal.Closed)]);

    private void Record(FundingCall call, ReviewChange change, string action, Guid? by, string? note) =>
        audit.Record(call.Id, change.Assignment.SubjectId, action, change.From?.ToString(), change.To.ToString(), by, note);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Platform.Reviewing;

/// <summary>
/// Every change of a review: assigning, declaring a conflict of interest, saving and submitting the scores.
/// Who may do it is the owning module's check; the order of the steps is kept here. Each change hands a
/// <see cref="ReviewChange"/> to the caller's <c>record</c> before saving, so the caller's audit entry is saved with it.
/// </summary>
public sealed class ReviewDesk(SmartRegionDb db, ReviewRules rules, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    /// <summary>
    /// Assigns a reviewer to a subject once. The unique index decides between parallel assignments of the same
    /// reviewer; the loser is told the reviewer is assigned already.
    /// </summary>
    public async Task<ReviewOutcome> AssignAsync(string subjectKind, int subjectId, int roundId, Guid reviewerId, Guid? by, Action<ReviewChange> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await IsAssignedAsync(subjectKind, subjectId, reviewerId, cancellationToken))
        {
            return Refused(ReviewRefusal.AlreadyAssigned);
        }

        var assignment = new ReviewAssignment { SubjectKind = subjectKind, SubjectId = subjectId, RoundId = roundId, ReviewerId = reviewerId, AssignedBy = by, AssignedAt = Now };
        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Add(assignment);
            await db.SaveChangesAsync(cancellationToken);

            // The trail names the assignment, so it is recorded once the assignment has its number.
            record(new ReviewChange(assignment, null, ReviewStage.Assigned));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ReviewOutcome.Done;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await IsAssignedAsync(subjectKind, subjectId, reviewerId, cancellationToken))
            {
                return Refused(ReviewRefusal.AlreadyAssigned);
            }

            throw;
        }
    }

    /// <summary>
    /// The reviewer's declaration, which comes before everything else. A declared conflict blocks the review and
    /// stays; "no conflict" may still turn into a conflict until the review is submitted.
    /// </summary>
    public async Task<ReviewOutcome> DeclareAsync(ReviewAssignment assignment, bool hasConflict, string? note, Action<ReviewChange> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(record);
        var refusal = assignment.Stage switch
        {
            ReviewStage.Submitted => ReviewRefusal.Submitted,
            ReviewStage.Conflict => ReviewRefusal.Conflict,
            ReviewStage.NoConflict when !hasConflict => ReviewRefusal.AlreadyDeclared,
            _ => ReviewRefusal.None,
        };
        if (refusal != ReviewRefusal.None)
        {
            return Refused(refusal);
        }

        if (rules.NoteErrors(note) is { Count: > 0 } errors)
        {
            return ReviewOutcome.Invalid(errors);
        }

        var from = assignment.Stage;
        assignment.DeclaredAt = Now;
        assignment.HasConflict = hasConflict;
        assignment.ConflictNote = ReviewRules.Clean(note);
        if (hasConflict)
        {
            // Scores saved before the conflict came to light must not count anywhere.
            assignment.Scores.Clear();
            assignment.Recommendation = null;
            assignment.Comment = null;
        }

        record(new ReviewChange(assignment, from, assignment.Stage));
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Keeps what the reviewer entered so far; every entered score must already be a whole number from 0 to 5.</summary>
    public Task<ReviewOutcome> SaveDraftAsync(ReviewAssignment assignment, IReadOnlyList<ReviewCriterionRef> criteria, ReviewInput input, CancellationToken cancellationToken) =>
        ScoreAsync(assignment, criteria, input, submit: false, _ => { }, cancellationToken);

    /// <summary>Submits the complete review; from then on it is final and the reviewer may see the others' reviews.</summary>
    public Task<ReviewOutcome> SubmitAsync(ReviewAssignment assignment, IReadOnlyList<ReviewCriterionRef> criteria, ReviewInput input, Action<ReviewChange> record, CancellationToken cancellationToken) =>
        ScoreAsync(assignment, criteria, input, submit: true, record, cancellationToken);

    /// <summary>
    /// Withdraws an assignment the reviewer has not finished: assigned or in progress (a saved draft goes with it).
    /// A submitted review and a declared conflict stay on record and cannot be withdrawn. Of a withdrawal and a
    /// parallel declaration or submission only the first counts.
    /// </summary>
    public async Task<ReviewOutcome> WithdrawAsync(ReviewAssignment assignment, Action<ReviewChange> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(record);
        var refusal = assignment.Stage switch
        {
            ReviewStage.Submitted => ReviewRefusal.Submitted,
            ReviewStage.Conflict => ReviewRefusal.Conflict,
            _ => ReviewRefusal.None,
        };
        if (refusal != ReviewRefusal.None)
        {
            return Refused(refusal);
        }

        record(new ReviewChange(assignment, assignment.Stage, ReviewStage.Withdrawn));
        db.Remove(assignment);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>
    /// On account deletion: open assignments and drafts go; declared conflicts and submitted reviews stay as
    /// anonymous records, without the reviewer's id.
    /// </summary>
    public async Task ForgetReviewerAsync(string subjectKind, Guid accountId, CancellationToken cancellationToken)
    {
        var ofKind = db.Set<ReviewAssignment>().Where(a => a.SubjectKind == subjectKind);
        await ofKind.Where(a => a.ReviewerId == accountId && a.SubmittedAt == null && a.HasConflict != true).ExecuteDeleteAsync(cancellationToken);
        await ofKind.Where(a => a.ReviewerId == accountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ReviewerId, (Guid?)null), cancellationToken);
        await ofKind.Where(a => a.AssignedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.AssignedBy, (Guid?)null), cancellationToken);
    }

    private async Task<ReviewOutcome> ScoreAsync(
        ReviewAssignment assignment, IReadOnlyList<ReviewCriterionRef> criteria, ReviewInput input, bool submit, Action<ReviewChange> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(input);
        var refusal = assignment.Stage switch
        {
            ReviewStage.Assigned => ReviewRefusal.DeclareFirst,
            ReviewStage.Conflict => ReviewRefusal.Conflict,
            ReviewStage.Submitted => ReviewRefusal.Submitted,
            _ => ReviewRefusal.None,
        };
        if (refusal != ReviewRefusal.None)
        {
            return Refused(refusal);
        }

        var errors = rules.Errors(criteria, input, complete: submit);
        if (errors.Count > 0)
        {
            return ReviewOutcome.Invalid(errors);
        }

        foreach (var criterion in criteria)
        {
            var entry = input.Scores.GetValueOrDefault(criterion.Key);
            var stored = assignment.Scores.FirstOrDefault(s => s.CriterionKey == criterion.Key);
            if (ReviewRules.ParseScore(entry?.Score) is not { } score)
            {
                if (stored is not null)
                {
                    assignment.Scores.Remove(stored);
                }

                continue;
            }

            if (stored is null)
            {
                stored = new ReviewScore { CriterionKey = criterion.Key };
                assignment.Scores.Add(stored);
            }

            stored.Score = score;
            stored.Comment = ReviewRules.Clean(entry!.Comment);
        }

        assignment.Recommendation = ReviewRules.ParseRecommendation(input.Recommendation);
        assignment.Comment = ReviewRules.Clean(input.Comment);
        if (submit)
        {
            assignment.SubmittedAt = Now;
            record(new ReviewChange(assignment, ReviewStage.NoConflict, ReviewStage.Submitted));
        }

        // The row is updated even when only scores changed, so the check that nobody submitted meanwhile always runs.
        db.Entry(assignment).Property(a => a.Comment).IsModified = true;
        return await SaveAsync(cancellationToken);
    }

    private async Task<ReviewOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReviewOutcome.Done;
        }
        catch (DbUpdateException)
        {
            // Declared or submitted by a parallel request since it was read (the stored state is the one that stands).
            db.ChangeTracker.Clear();
            return Refused(ReviewRefusal.ChangedMeanwhile);
        }
    }

    private Task<bool> IsAssignedAsync(string subjectKind, int subjectId, Guid reviewerId, CancellationToken cancellationToken) =>
        db.Set<ReviewAssignment>().AnyAsync(a => a.SubjectKind == subjectKind && a.SubjectId == subjectId && a.ReviewerId == reviewerId, cancellationToken);

    private ReviewOutcome Refused(ReviewRefusal refusal) => ReviewOutcome.Refused(refusal, texts[ReviewOutcome.TextKey(refusal)]);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

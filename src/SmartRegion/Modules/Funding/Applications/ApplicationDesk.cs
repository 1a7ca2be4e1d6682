using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Applications;

/// <summary>
/// Everything that happens to an application, for the pages and the API alike: drafting, submitting (with its
/// reference number, snapshot and mail), clarification, ineligibility and withdrawal. Each state change is
/// checked against <see cref="ApplicationStates"/> and recorded in the audit trail in the same transaction.
/// </summary>
public sealed class ApplicationDesk(
    SmartRegionDb db, ApplicationRules rules, FundingAudit audit, FundingAccess access, FundingMails mails, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public static string LinkTo(int applicationId) => $"/funding/applications/{applicationId}";

    public Task<FundingApplication?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<FundingApplication>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<List<FundingApplication>> OfApplicantAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Set<FundingApplication>().AsNoTracking().Where(a => a.ApplicantId == accountId).OrderByDescending(a => a.UpdatedAt).ToListAsync(cancellationToken);

    /// <summary>The call's applications staff see: every one that was submitted; drafts stay the applicant's own.</summary>
    public Task<List<FundingApplication>> OfCallAsync(int callId, CancellationToken cancellationToken) =>
        db.Set<FundingApplication>().AsNoTracking().Where(a => a.CallId == callId && a.State != ApplicationState.Draft)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<List<ApplicationClarification>> ClarificationsAsync(int applicationId, CancellationToken cancellationToken) =>
        db.Set<ApplicationClarification>().AsNoTracking().Where(c => c.ApplicationId == applicationId).OrderBy(c => c.AskedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    public static bool IsApplicant(ClaimsPrincipal user, FundingApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return Platform.Identity.SignedInAccount.IdOf(user) is { } id && application.ApplicantId == id;
    }

    /// <summary>Staff of the call's area see submitted applications; drafts only their applicant.</summary>
    public async Task<bool> IsStaffAsync(ClaimsPrincipal user, FundingCall call, FundingApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        return application.State != ApplicationState.Draft && await access.IsEditorAsync(user, call.AreaId, cancellationToken);
    }

    public async Task<(FundingApplication? Application, DeskOutcome Outcome)> CreateDraftAsync(FundingCall call, Guid applicantId, ApplicationInput input, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (ClosedRefusal(call) is { } closed)
        {
            return (null, closed);
        }

        var now = Now;
        var application = new FundingApplication { CallId = call.Id, ApplicantId = applicantId, State = ApplicationState.Draft, CreatedAt = now, UpdatedAt = now };
        var errors = await rules.ApplyAsync(call, application, input, culture, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, DeskOutcome.Invalid(errors));
        }

        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(call.Id, application.Id, "drafted", null, nameof(ApplicationState.Draft), applicantId, null);
        await db.SaveChangesAsync(cancellationToken);
        return (application, DeskOutcome.Done);
    }

    public async Task<DeskOutcome> SaveDraftAsync(FundingCall call, FundingApplication application, ApplicationInput input, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (EditRefusal(call, application) is { } refusal)
        {
            return refusal;
        }

        var errors = await rules.ApplyAsync(call, application, input, culture, cancellationToken);
        if (errors.Count > 0)
        {
            // Nothing half-read is stored; the form shows the input again with its errors.
            db.ChangeTracker.Clear();
            return DeskOutcome.Invalid(errors);
        }

        application.UpdatedAt = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Submitted or withdrawn by a parallel request since it was read: the frozen application stays as it is.
            db.ChangeTracker.Clear();
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NotEditable"]);
        }

        return DeskOutcome.Done;
    }

    /// <summary>
    /// Freezes the draft: only one of parallel submissions wins the state change, and the call's counter is
    /// raised by an update in the same transaction, which the database serialises, so reference numbers never repeat.
    /// </summary>
    public async Task<DeskOutcome> SubmitAsync(FundingCall call, FundingApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        if (EditRefusal(call, application) is { } refusal)
        {
            return refusal;
        }

        var errors = await rules.SubmissionErrorsAsync(call, application, cancellationToken);
        if (errors.Count > 0)
        {
            return DeskOutcome.Invalid(errors);
        }

        var now = Now;
        using (var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Set<FundingApplication>()
                .Where(a => a.Id == application.Id && a.State == ApplicationState.Draft)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.State, ApplicationState.Submitted).SetProperty(a => a.SubmittedAt, now).SetProperty(a => a.UpdatedAt, now), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NotEditable"]);
            }

            await db.Set<FundingCall>().Where(c => c.Id == call.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.LastReferenceNumber, c => c.LastReferenceNumber + 1), cancellationToken);
            var number = await db.Set<FundingCall>().Where(c => c.Id == call.Id).Select(c => c.LastReferenceNumber).SingleAsync(cancellationToken);
            var reference = string.Create(CultureInfo.InvariantCulture, $"{call.ReferencePrefix}-{BerlinTime.ToLocal(call.OpensAt).Year}-{number:0000}");
            await db.Set<FundingApplication>().Where(a => a.Id == application.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ReferenceNumber, reference), cancellationToken);

            db.Add(new ApplicationVersion { ApplicationId = application.Id, Number = 1, CreatedAt = now, Snapshot = Snapshot(application, reference, now) });
            audit.Record(call.Id, application.Id, "submitted", nameof(ApplicationState.Draft), nameof(ApplicationState.Submitted), application.ApplicantId, reference);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The updates above went around the tracked entity; read what they stored.
        await db.Entry(application).ReloadAsync(cancellationToken);
        await mails.SendSubmittedAsync(application, call, cancellationToken);
        return DeskOutcome.Done;
    }

    public Task<DeskOutcome> WithdrawAsync(FundingCall call, FundingApplication application, Guid? by, CancellationToken cancellationToken) =>
        MoveAsync(call, application, ApplicationState.Withdrawn, ApplicationMover.Applicant, "withdrawn", by, null, cancellationToken);

    public async Task<DeskOutcome> DeclareIneligibleAsync(FundingCall call, FundingApplication application, string? reason, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (RequiredText(reason, "Funding.Staff.Reason") is { } missing)
        {
            return missing;
        }

        application.IneligibleReason = reason!.Trim();
        return await MoveAsync(call, application, ApplicationState.Ineligible, ApplicationMover.Staff, "ineligible", by, reason, cancellationToken);
    }

    public async Task<DeskOutcome> AskAsync(FundingCall call, FundingApplication application, string? question, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (RequiredText(question, "Funding.Staff.Question") is { } missing)
        {
            return missing;
        }

        db.Add(new ApplicationClarification { ApplicationId = application.Id, Question = question!.Trim(), AskedBy = by, AskedAt = Now });
        return await MoveAsync(call, application, ApplicationState.ClarificationRequested, ApplicationMover.Staff, "clarification", by, question, cancellationToken);
    }

    /// <summary>The applicant's answer to the open question; the application itself stays as submitted.</summary>
    public async Task<DeskOutcome> AnswerAsync(FundingCall call, FundingApplication application, string? answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (RequiredText(answer, "Funding.Clarification.Answer") is { } missing)
        {
            return missing;
        }

        var open = await db.Set<ApplicationClarification>().Where(c => c.ApplicationId == application.Id && c.Answer == null)
            .OrderByDescending(c => c.AskedAt).FirstOrDefaultAsync(cancellationToken);
        if (open is null || application.State != ApplicationState.ClarificationRequested)
        {
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NoOpenQuestion"]);
        }

        open.Answer = answer!.Trim();
        open.AnsweredAt = Now;
        return await MoveAsync(call, application, ApplicationState.Submitted, ApplicationMover.Applicant, "answered", application.ApplicantId, null, cancellationToken);
    }

    private async Task<DeskOutcome> MoveAsync(
        FundingCall call, FundingApplication application, ApplicationState to, ApplicationMover mover, string action, Guid? by, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var from = application.State;
        if (!ApplicationStates.Allows(from, to, mover))
        {
            db.ChangeTracker.Clear();
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NotInThisState", texts[ApplicationStates.TextKey(from)]]);
        }

        application.State = to;
        application.UpdatedAt = Now;
        audit.Record(call.Id, application.Id, action, from.ToString(), to.ToString(), by, note);

        // The state is part of the condition, so of two parallel moves from the same state only one is saved.
        db.Entry(application).Property(a => a.State).OriginalValue = from;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.ChangedMeanwhile"]);
        }

        return DeskOutcome.Done;
    }

    private DeskOutcome? EditRefusal(FundingCall call, FundingApplication application)
    {
        if (!ApplicationStates.IsEditable(application.State))
        {
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NotEditable"]);
        }

        return ClosedRefusal(call);
    }

    private DeskOutcome? ClosedRefusal(FundingCall call) => call.PhaseAt(Now) switch
    {
        CallPhase.Open => null,
        CallPhase.Closed => DeskOutcome.Refused(DeskRefusal.Closed, texts["Funding.Refusal.Closed", BerlinTime.Format(call.ClosesAt)]),
        _ => DeskOutcome.Refused(DeskRefusal.Closed, texts["Funding.Refusal.NotOpenYet"]),
    };

    private DeskOutcome? RequiredText(string? text, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DeskOutcome.Invalid(new Dictionary<string, string> { ["Text"] = texts["Validation.Required", texts[labelKey]] });
        }

        return text.Trim().Length > ApplicationsModel.QuestionLength
            ? DeskOutcome.Invalid(new Dictionary<string, string> { ["Text"] = texts["Validation.MaxLength", texts[labelKey], ApplicationsModel.QuestionLength] })
            : null;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Everything the applicant entered, with the reference and time of the submission, as JSON.</summary>
    public static string Snapshot(FundingApplication application, string referenceNumber, DateTime submittedAt)
    {
        ArgumentNullException.ThrowIfNull(application);
        return JsonColumns.Serialize(new
        {
            ReferenceNumber = referenceNumber,
            SubmittedAt = submittedAt,
            application.Title,
            application.ApplicantName,
            ApplicantType = application.ApplicantType?.ToString(),
            application.AreaId,
            application.GrantRequested,
            application.Answers,
        });
    }
}

public enum DeskRefusal
{
    None,
    Closed,
    NotEditable,
    Invalid,

    /// <summary>An approval that would take the call's approved grants above its budget.</summary>
    OverBudget,
}

/// <summary>How a step ended: done, refused with a message (closed, wrong state) or invalid input with messages by field.</summary>
public sealed record DeskOutcome(DeskRefusal Refusal, string? Message, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly DeskOutcome Done = new(DeskRefusal.None, null, new Dictionary<string, string>());

    public bool Succeeded => Refusal == DeskRefusal.None;

    public static DeskOutcome Refused(DeskRefusal refusal, string message) => new(refusal, message, new Dictionary<string, string>());

    public static DeskOutcome Invalid(Dictionary<string, string> errors) => new(DeskRefusal.Invalid, null, errors);
}

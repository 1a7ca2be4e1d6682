using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Decisions;

/// <summary>
/// Approves (with the granted amount) or rejects (with a reason) submitted applications. The call's budget is
/// consumed inside the deciding transaction after the call's row is locked, so no set of parallel approvals
/// can together grant more than the budget. An approval founds the application's pilot in the same transaction.
/// </summary>
public sealed class DecisionDesk(
    SmartRegionDb db, FundingAudit audit, PilotFounding pilots, FundingMails mails, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public static string NoticeLink(int applicationId) => $"{ApplicationDesk.LinkTo(applicationId)}/notice";

    public Task<FundingDecision?> OfApplicationAsync(int applicationId, CancellationToken cancellationToken) =>
        db.Set<FundingDecision>().AsNoTracking().SingleOrDefaultAsync(d => d.ApplicationId == applicationId, cancellationToken);

    public Task<List<FundingDecision>> OfCallAsync(int callId, CancellationToken cancellationToken) =>
        db.Set<FundingDecision>().AsNoTracking().Where(d => d.CallId == callId).OrderBy(d => d.NoticeNumber).ToListAsync(cancellationToken);

    public async Task<DeskOutcome> ApproveAsync(
        FundingCall call, FundingApplication application, string? grantedAmount, string? conditions, Guid? by, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        var errors = new Dictionary<string, string>();
        var label = texts["Funding.Decision.GrantedAmount"];
        var ceiling = Math.Min(call.MaxGrant, application.GrantRequested ?? call.MaxGrant);
        if (string.IsNullOrWhiteSpace(grantedAmount))
        {
            errors["GrantedAmount"] = texts["Validation.Required", label];
        }
        else if (!FundingAmounts.TryParse(grantedAmount, culture, out var amount))
        {
            errors["GrantedAmount"] = texts["Funding.Validation.Number", label];
        }
        else if (amount < call.MinGrant || amount > ceiling)
        {
            errors["GrantedAmount"] = texts["Funding.Decision.AmountRange", ApplicationRules.Euro(call.MinGrant), ApplicationRules.Euro(ceiling)];
        }
        else if (TextError(conditions, "Funding.Decision.Conditions", required: false) is { } tooLong)
        {
            errors["Reason"] = tooLong;
        }
        else
        {
            return await DecideAsync(call, application, DecisionOutcome.Approved, amount, conditions, by, cancellationToken);
        }

        return DeskOutcome.Invalid(errors);
    }

    public Task<DeskOutcome> RejectAsync(FundingCall call, FundingApplication application, string? reason, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(application);
        return TextError(reason, "Funding.Decision.Reason", required: true) is { } error
            ? Task.FromResult(DeskOutcome.Invalid(new Dictionary<string, string> { ["Reason"] = error }))
            : DecideAsync(call, application, DecisionOutcome.Rejected, null, reason, by, cancellationToken);
    }

    private async Task<DeskOutcome> DecideAsync(
        FundingCall call, FundingApplication application, DecisionOutcome outcome, decimal? amount, string? reason, Guid? by, CancellationToken cancellationToken)
    {
        var from = application.State;
        var to = outcome == DecisionOutcome.Approved ? ApplicationState.Approved : ApplicationState.Rejected;
        if (!ApplicationStates.Allows(from, to, ApplicationMover.Staff))
        {
            return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.NotInThisState", texts[ApplicationStates.TextKey(from)]]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        FundingDecision decision;
        using (var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The first write locks the call's row until the commit: whoever decides next waits here and then reads our total.
            await db.Set<FundingCall>().Where(c => c.Id == call.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.DecisionCount, c => c.DecisionCount + 1), cancellationToken);
            var budget = await db.Set<FundingCall>().AsNoTracking().Where(c => c.Id == call.Id)
                .Select(c => new { c.TotalBudget, c.ApprovedTotal, c.DecisionCount }).SingleAsync(cancellationToken);
            var approvedTotal = budget.ApprovedTotal + (amount ?? 0);
            if (approvedTotal > budget.TotalBudget)
            {
                await transaction.RollbackAsync(cancellationToken);
                return DeskOutcome.Refused(DeskRefusal.OverBudget, texts["Funding.Decision.OverBudget", ApplicationRules.Euro(budget.TotalBudget - budget.ApprovedTotal)]);
            }

            var claimed = await db.Set<FundingApplication>().Where(a => a.Id == application.Id && a.State == from)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.State, to).SetProperty(a => a.UpdatedAt, now), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return DeskOutcome.Refused(DeskRefusal.NotEditable, texts["Funding.Refusal.ChangedMeanwhile"]);
            }

            if (amount is not null)
            {
                await db.Set<FundingCall>().Where(c => c.Id == call.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.ApprovedTotal, approvedTotal), cancellationToken);
            }

            decision = new FundingDecision
            {
                ApplicationId = application.Id,
                CallId = call.Id,
                Outcome = outcome,
                GrantedAmount = amount,
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                NoticeNumber = budget.DecisionCount,
                DecidedBy = by,
                DecidedAt = now,
            };
            db.Add(decision);
            var note = amount is { } granted ? granted.ToString("0.00", CultureInfo.InvariantCulture) : decision.Reason;
            audit.Record(call.Id, application.Id, outcome == DecisionOutcome.Approved ? "approved" : "rejected", from.ToString(), to.ToString(), by, note);
            if (amount is { } grant)
            {
                await pilots.AddAsync(call, application, grant, by, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await db.Entry(application).ReloadAsync(cancellationToken);
        await mails.SendDecidedAsync(application, call, NoticeLink(application.Id), cancellationToken);
        return DeskOutcome.Done;
    }

    private string? TextError(string? text, string labelKey, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? texts["Validation.Required", texts[labelKey]].Value : null;
        }

        return text.Trim().Length > DecisionsModel.ReasonLength ? texts["Validation.MaxLength", texts[labelKey], DecisionsModel.ReasonLength].Value : null;
    }
}

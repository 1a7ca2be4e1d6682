using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Pilots;

/// <summary>
/// The pilot's team and public summary (for its lead) and its status (for staff of the call's area). Callers
/// check the person's <see cref="PilotRole"/> first. Status changes go into the audit trail.
/// </summary>
public sealed class PilotDesk(SmartRegionDb db, FundingAudit audit, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public const int MaxTeamSize = 20;

    public const string EmailKey = "Email";

    public async Task<DeskOutcome> SaveSummaryAsync(FundingPilot pilot, string? summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        var text = summary?.Trim() ?? "";
        if (text.Length > PilotsModel.SummaryLength)
        {
            return Invalid("Summary", texts["Validation.MaxLength", texts["Funding.Pilot.Summary"], PilotsModel.SummaryLength]);
        }

        pilot.Summary = text;
        pilot.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        return DeskOutcome.Done;
    }

    /// <summary>Adds the person with an account under this address; the team sees only their display name.</summary>
    public async Task<DeskOutcome> AddMemberAsync(FundingPilot pilot, string? email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        var address = email?.Trim() ?? "";
        if (address.Length == 0)
        {
            return Invalid(EmailKey, texts["Validation.Required", texts["Funding.Team.Email"]]);
        }

        if (!new EmailAddressAttribute().IsValid(address))
        {
            return Invalid(EmailKey, texts["Validation.Email"]);
        }

        var normalized = address.ToUpperInvariant();
        var accountId = await db.Users.Where(u => u.NormalizedEmail == normalized && u.EmailConfirmed).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (accountId is not { } id)
        {
            return Invalid(EmailKey, texts["Funding.Team.NoAccount"]);
        }

        var members = db.Set<PilotMember>().Where(m => m.PilotId == pilot.Id);
        if (await members.AnyAsync(m => m.AccountId == id, cancellationToken))
        {
            return Invalid(EmailKey, texts["Funding.Team.AlreadyMember"]);
        }

        if (await members.CountAsync(cancellationToken) >= MaxTeamSize)
        {
            return Invalid(EmailKey, texts["Funding.Team.Full", MaxTeamSize]);
        }

        db.Add(new PilotMember { PilotId = pilot.Id, AccountId = id, JoinedAt = Now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Added by a parallel request a moment earlier; the key kept the second row out.
            db.ChangeTracker.Clear();
        }

        return DeskOutcome.Done;
    }

    /// <summary>Takes a member off the team; the lead stays (the lead's account is the applicant's).</summary>
    public async Task<DeskOutcome> RemoveMemberAsync(FundingPilot pilot, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        await db.Set<PilotMember>().Where(m => m.PilotId == pilot.Id && m.AccountId == accountId && !m.IsLead).ExecuteDeleteAsync(cancellationToken);
        return DeskOutcome.Done;
    }

    /// <summary>Staff set Running, Completed or Stopped (with a reason); the trail keeps every change.</summary>
    public async Task<DeskOutcome> SetStatusAsync(FundingPilot pilot, PilotStatus? status, string? reason, Guid? by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        if (status is not { } to || !Enum.IsDefined(to))
        {
            return Invalid("Status", texts["Funding.Pilot.StatusInvalid"]);
        }

        var why = reason?.Trim();
        if (to == PilotStatus.Stopped && string.IsNullOrEmpty(why))
        {
            return Invalid("StopReason", texts["Validation.Required", texts["Funding.Pilot.StopReason"]]);
        }

        if (why?.Length > PilotsModel.ReasonLength)
        {
            return Invalid("StopReason", texts["Validation.MaxLength", texts["Funding.Pilot.StopReason"], PilotsModel.ReasonLength]);
        }

        var from = pilot.Status;
        if (from == to && pilot.StopReason == (to == PilotStatus.Stopped ? why : null))
        {
            return DeskOutcome.Done;
        }

        audit.Record(pilot.CallId, pilot.ApplicationId, "pilot-status", from.ToString(), to.ToString(), by, to == PilotStatus.Stopped ? why : null);
        pilot.Status = to;
        pilot.StopReason = to == PilotStatus.Stopped ? why : null;
        pilot.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        return DeskOutcome.Done;
    }

    private static DeskOutcome Invalid(string key, string message) => DeskOutcome.Invalid(new Dictionary<string, string> { [key] = message });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

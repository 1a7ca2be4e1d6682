using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Projects.Hackathons;

public enum TeamOutcome
{
    Done,
    DeadlinePassed,
    NotRegistered,
    AlreadyInTeam,
    TeamNotFound,
    TeamFull,
    NameTaken,
    NotInTeam,
    UnknownChallenge,
}

/// <summary>
/// What participants do: register, form, join and leave teams, pick a challenge and hand in the result. Every write
/// is refused after the submission deadline. A person acts only on their own team: the team is always looked up by
/// their membership, never taken from the request alone.
/// </summary>
public sealed class HackathonTeams(SmartRegionDb db, TimeProvider clock)
{
    public bool IsOpen(Hackathon hackathon)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return clock.GetUtcNow().UtcDateTime < hackathon.SubmissionDeadline;
    }

    public async Task<TeamOutcome> RegisterAsync(Hackathon hackathon, Guid accountId, CancellationToken cancellationToken)
    {
        if (!IsOpen(hackathon))
        {
            return TeamOutcome.DeadlinePassed;
        }

        if (await db.Set<HackathonRegistration>().AnyAsync(r => r.HackathonId == hackathon.Id && r.AccountId == accountId, cancellationToken))
        {
            return TeamOutcome.Done;
        }

        db.Add(new HackathonRegistration { HackathonId = hackathon.Id, AccountId = accountId, RegisteredAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel request registered the same person a moment earlier; the key kept the second row out.
            db.ChangeTracker.Clear();
        }

        return TeamOutcome.Done;
    }

    public async Task<(TeamOutcome Outcome, int? TeamId)> CreateTeamAsync(Hackathon hackathon, Guid accountId, string name, CancellationToken cancellationToken)
    {
        var refusal = await RefusalBeforeTeamWriteAsync(hackathon, accountId, cancellationToken);
        if (refusal is not null)
        {
            return (refusal.Value, null);
        }

        var trimmed = name.Trim();
        if (await db.Set<HackathonTeam>().AnyAsync(t => t.HackathonId == hackathon.Id && t.Name == trimmed, cancellationToken))
        {
            return (TeamOutcome.NameTaken, null);
        }

        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var team = new HackathonTeam { HackathonId = hackathon.Id, Name = trimmed, MemberCount = 1, CreatedAt = now };
        db.Add(team);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            db.Add(new TeamMembership { HackathonId = hackathon.Id, AccountId = accountId, TeamId = team.Id, JoinedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            return (await MembershipExistsAsync(hackathon.Id, accountId, cancellationToken) ? TeamOutcome.AlreadyInTeam : TeamOutcome.NameTaken, null);
        }

        await transaction.CommitAsync(cancellationToken);
        return (TeamOutcome.Done, team.Id);
    }

    /// <summary>
    /// Joins a team. The seat is taken by one conditional update (count below the maximum), which both engines apply
    /// one request at a time per row; the membership's key then refuses a second team for the same person.
    /// </summary>
    public async Task<TeamOutcome> JoinAsync(Hackathon hackathon, int teamId, Guid accountId, CancellationToken cancellationToken)
    {
        var refusal = await RefusalBeforeTeamWriteAsync(hackathon, accountId, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value;
        }

        if (!await db.Set<HackathonTeam>().AnyAsync(t => t.Id == teamId && t.HackathonId == hackathon.Id, cancellationToken))
        {
            return TeamOutcome.TeamNotFound;
        }

        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var max = hackathon.TeamSizeMax;
        var seated = await db.Set<HackathonTeam>().Where(t => t.Id == teamId && t.MemberCount < max)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.MemberCount, t => t.MemberCount + 1), cancellationToken);
        if (seated == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return TeamOutcome.TeamFull;
        }

        db.Add(new TeamMembership { HackathonId = hackathon.Id, AccountId = accountId, TeamId = teamId, JoinedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            return TeamOutcome.AlreadyInTeam;
        }

        await transaction.CommitAsync(cancellationToken);
        return TeamOutcome.Done;
    }

    public async Task<TeamOutcome> LeaveAsync(Hackathon hackathon, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        if (!IsOpen(hackathon))
        {
            return TeamOutcome.DeadlinePassed;
        }

        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await RemoveMemberAsync(db, hackathon.Id, accountId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed ? TeamOutcome.Done : TeamOutcome.NotInTeam;
    }

    /// <summary>
    /// Takes the person out of their team in the hackathon; a team left empty goes, unless it handed in a result,
    /// which stays with the team. Call inside a transaction.
    /// </summary>
    internal static async Task<bool> RemoveMemberAsync(SmartRegionDb db, int hackathonId, Guid accountId, CancellationToken cancellationToken)
    {
        var membership = await db.Set<TeamMembership>().AsNoTracking()
            .SingleOrDefaultAsync(m => m.HackathonId == hackathonId && m.AccountId == accountId, cancellationToken);
        if (membership is null)
        {
            return false;
        }

        await db.Set<TeamMembership>().Where(m => m.HackathonId == hackathonId && m.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<HackathonTeam>().Where(t => t.Id == membership.TeamId)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.MemberCount, t => t.MemberCount - 1), cancellationToken);
        await db.Set<HackathonTeam>()
            .Where(t => t.Id == membership.TeamId && t.MemberCount == 0 && !db.Set<HackathonSubmission>().Any(s => s.TeamId == t.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    public async Task<TeamOutcome> ChooseChallengeAsync(Hackathon hackathon, Guid accountId, int? challengeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        if (!IsOpen(hackathon))
        {
            return TeamOutcome.DeadlinePassed;
        }

        if (challengeId is { } chosen && hackathon.Challenges.All(c => c.Id != chosen))
        {
            return TeamOutcome.UnknownChallenge;
        }

        var teamId = await TeamIdOfAsync(hackathon.Id, accountId, cancellationToken);
        if (teamId is null)
        {
            return TeamOutcome.NotInTeam;
        }

        await db.Set<HackathonTeam>().Where(t => t.Id == teamId)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ChallengeId, challengeId), cancellationToken);
        return TeamOutcome.Done;
    }

    /// <summary>Hands in the team's result or changes it; both only before the deadline.</summary>
    public async Task<TeamOutcome> SubmitAsync(Hackathon hackathon, Guid accountId, SubmissionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        ArgumentNullException.ThrowIfNull(input);
        if (!IsOpen(hackathon))
        {
            return TeamOutcome.DeadlinePassed;
        }

        var teamId = await TeamIdOfAsync(hackathon.Id, accountId, cancellationToken);
        if (teamId is null)
        {
            return TeamOutcome.NotInTeam;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var submission = await db.Set<HackathonSubmission>().SingleOrDefaultAsync(s => s.TeamId == teamId, cancellationToken);
        if (submission is null)
        {
            submission = new HackathonSubmission { HackathonId = hackathon.Id, TeamId = teamId.Value, SubmittedAt = now };
            db.Add(submission);
        }

        submission.Description = input.Description!.Trim();
        submission.RepositoryUrl = Blank(input.RepositoryUrl);
        submission.DemoUrl = Blank(input.DemoUrl);
        submission.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two members handed in at the same moment; the first one's result stands and can be edited.
            db.ChangeTracker.Clear();
        }

        return TeamOutcome.Done;
    }

    private async Task<TeamOutcome?> RefusalBeforeTeamWriteAsync(Hackathon hackathon, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        if (!IsOpen(hackathon))
        {
            return TeamOutcome.DeadlinePassed;
        }

        if (!await db.Set<HackathonRegistration>().AnyAsync(r => r.HackathonId == hackathon.Id && r.AccountId == accountId, cancellationToken))
        {
            return TeamOutcome.NotRegistered;
        }

        return await MembershipExistsAsync(hackathon.Id, accountId, cancellationToken) ? TeamOutcome.AlreadyInTeam : null;
    }

    private Task<bool> MembershipExistsAsync(int hackathonId, Guid accountId, CancellationToken cancellationToken) =>
        db.Set<TeamMembership>().AnyAsync(m => m.HackathonId == hackathonId && m.AccountId == accountId, cancellationToken);

    private Task<int?> TeamIdOfAsync(int hackathonId, Guid accountId, CancellationToken cancellationToken) =>
        db.Set<TeamMembership>().Where(m => m.HackathonId == hackathonId && m.AccountId == accountId)
            .Select(m => (int?)m.TeamId).SingleOrDefaultAsync(cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>
/// Hackathons' share of a person's data: registrations, team memberships and reviews as a judge. On deletion the
/// person leaves their teams and registrations; what the teams handed in stays, because it belongs to the team;
/// submitted reviews and declared conflicts stay as anonymous records (see <see cref="ReviewDesk.ForgetReviewerAsync"/>).
/// </summary>
public sealed class HackathonsPersonalData(SmartRegionDb db, ReviewDesk reviews, ReviewBook book) : IPersonalData
{
    public string Section => "hackathons";

    public async Task<object> ExportAsync(Guid accountId, CancellationToken cancellationToken) => new
    {
        Registrations = await db.Set<HackathonRegistration>().AsNoTracking().Where(r => r.AccountId == accountId).OrderBy(r => r.RegisteredAt)
            .Join(db.Set<Hackathon>(), r => r.HackathonId, h => h.Id, (r, h) => new { r.HackathonId, Hackathon = h.Title, r.RegisteredAt })
            .ToListAsync(cancellationToken),
        TeamMemberships = await db.Set<TeamMembership>().AsNoTracking().Where(m => m.AccountId == accountId).OrderBy(m => m.JoinedAt)
            .Join(db.Set<HackathonTeam>(), m => m.TeamId, t => t.Id, (m, t) => new { m.HackathonId, m.TeamId, Team = t.Name, m.JoinedAt })
            .ToListAsync(cancellationToken),
        ChallengeContacts = await db.Set<HackathonChallenge>().AsNoTracking().Where(c => c.OwnerContactId == accountId).OrderBy(c => c.Id)
            .Select(c => new { c.HackathonId, ChallengeId = c.Id, c.Title, c.OwnerOrganisation }).ToListAsync(cancellationToken),
        JuryReviews = await JuryReviewsAsync(accountId, cancellationToken),
    };

    private async Task<List<PersonalReview>> JuryReviewsAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var assignments = await book.OfReviewerWithScoresAsync(Jury.HackathonJury.SubjectKind, accountId, cancellationToken);
        var ids = assignments.Select(a => a.SubjectId).ToList();
        var teams = await db.Set<HackathonSubmission>().Where(s => ids.Contains(s.Id))
            .Join(db.Set<HackathonTeam>(), s => s.TeamId, t => t.Id, (s, t) => new { s.Id, t.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        return [.. assignments.Select(a => PersonalReview.Of(a, teams.GetValueOrDefault(a.SubjectId)))];
    }

    public async Task ForgetAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var hackathonIds = await db.Set<TeamMembership>().Where(m => m.AccountId == accountId).Select(m => m.HackathonId).ToListAsync(cancellationToken);
        foreach (var hackathonId in hackathonIds)
        {
            await HackathonTeams.RemoveMemberAsync(db, hackathonId, accountId, cancellationToken);
        }

        await db.Set<HackathonRegistration>().Where(r => r.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<HackathonChallenge>().Where(c => c.OwnerContactId == accountId).ExecuteUpdateAsync(u => u.SetProperty(c => c.OwnerContactId, (Guid?)null), cancellationToken);
        await reviews.ForgetReviewerAsync(Jury.HackathonJury.SubjectKind, accountId, cancellationToken);
        await db.Set<Hackathon>().Where(h => h.CreatedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(h => h.CreatedBy, (Guid?)null), cancellationToken);
    }
}

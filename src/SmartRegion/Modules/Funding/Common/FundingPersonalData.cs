using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Modules.Funding.Review;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>
/// A person's applications, reviews, pilot teams and reports. On deletion drafts go (nobody else ever saw them);
/// submitted applications, declared conflicts and submitted reviews are funding records the administration must
/// keep, so they stay, without the link to the account. The person leaves every pilot team; the reports they wrote
/// stay with the pilot, without their id.
/// </summary>
public sealed class FundingPersonalData(SmartRegionDb db, ReviewDesk reviews, ReviewBook book) : IPersonalData
{
    public string Section => "funding";

    public async Task<object> ExportAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var applications = await db.Set<FundingApplication>().AsNoTracking().Where(a => a.ApplicantId == accountId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var clarifications = await db.Set<ApplicationClarification>().AsNoTracking().Where(c => ids.Contains(c.ApplicationId)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var decisions = await db.Set<FundingDecision>().AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).ToDictionaryAsync(d => d.ApplicationId, cancellationToken);
        var memberships = await db.Set<PilotMember>().AsNoTracking().Where(m => m.AccountId == accountId).OrderBy(m => m.JoinedAt)
            .Join(db.Set<FundingPilot>(), m => m.PilotId, p => p.Id, (m, p) => new { PilotId = p.Id, p.Title, m.IsLead, m.JoinedAt })
            .ToListAsync(cancellationToken);
        var reports = await db.Set<PilotReport>().AsNoTracking().Where(r => r.AuthorId == accountId || r.SubmittedBy == accountId).OrderBy(r => r.Id)
            .Select(r => new { ReportId = r.Id, r.PilotId, Kind = r.Kind.ToString(), r.DueOn, r.Narrative, r.Milestones, r.Spending, r.SavedAt, r.SubmittedAt })
            .ToListAsync(cancellationToken);
        return new
        {
            PilotTeams = memberships,
            PilotReports = reports,
            Applications = applications.Select(a => new
            {
                a.Id,
                a.CallId,
                State = a.State.ToString(),
                a.ReferenceNumber,
                a.Title,
                a.ApplicantName,
                ApplicantType = a.ApplicantType?.ToString(),
                a.AreaId,
                a.GrantRequested,
                a.Answers,
                a.CreatedAt,
                a.SubmittedAt,
                a.IneligibleReason,
                Clarifications = clarifications.Where(c => c.ApplicationId == a.Id).Select(c => new { c.Question, c.AskedAt, c.Answer, c.AnsweredAt }),
                Decision = decisions.TryGetValue(a.Id, out var d) ? new { Outcome = d.Outcome.ToString(), d.GrantedAmount, d.Reason, d.NoticeNumber, d.DecidedAt } : null,
            }),
            Reviews = await ReviewsAsync(accountId, cancellationToken),
        };
    }

    private async Task<List<PersonalReview>> ReviewsAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var assignments = await book.OfReviewerWithScoresAsync(ReviewCriteria.SubjectKind, accountId, cancellationToken);
        var ids = assignments.Select(a => a.SubjectId).ToList();
        var references = await db.Set<FundingApplication>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ReferenceNumber, cancellationToken);
        return [.. assignments.Select(a => PersonalReview.Of(a, references.GetValueOrDefault(a.SubjectId)))];
    }

    public async Task ForgetAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var drafts = db.Set<FundingApplication>().Where(a => a.ApplicantId == accountId && a.State == ApplicationState.Draft);
        await db.Set<FundingAuditEntry>().Where(e => e.ApplicationId != null && drafts.Select(d => (int?)d.Id).Contains(e.ApplicationId)).ExecuteDeleteAsync(cancellationToken);
        await drafts.ExecuteDeleteAsync(cancellationToken);
        await db.Set<FundingApplication>().Where(a => a.ApplicantId == accountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ApplicantId, (Guid?)null), cancellationToken);
        await db.Set<FundingAuditEntry>().Where(e => e.ActorId == accountId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorId, (Guid?)null), cancellationToken);
        await db.Set<ApplicationClarification>().Where(c => c.AskedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(c => c.AskedBy, (Guid?)null), cancellationToken);
        await db.Set<FundingDecision>().Where(d => d.DecidedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(d => d.DecidedBy, (Guid?)null), cancellationToken);
        await reviews.ForgetReviewerAsync(ReviewCriteria.SubjectKind, accountId, cancellationToken);
        await db.Set<PilotMember>().Where(m => m.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PilotReport>().Where(r => r.AuthorId == accountId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AuthorId, (Guid?)null), cancellationToken);
        await db.Set<PilotReport>().Where(r => r.SubmittedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(r => r.SubmittedBy, (Guid?)null), cancellationToken);
        await db.Set<FundingCall>().Where(c => c.CreatedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(c => c.CreatedBy, (Guid?)null), cancellationToken);
    }
}

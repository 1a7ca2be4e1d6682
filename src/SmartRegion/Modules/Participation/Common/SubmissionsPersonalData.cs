using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Participation.Events;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Modules.Participation.Surveys;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Modules.Participation.Common;

/// <summary>
/// Survey answers, events, reports and the mail setting of a person. On deletion the answers stay counted in
/// the results without the account, events and reports stay without their submitter, and staff's names go
/// from what they edited.
/// </summary>
public sealed class SubmissionsPersonalData(SmartRegionDb db) : IPersonalData
{
    public string Section => "participationSubmissions";

    public async Task<object> ExportAsync(Guid accountId, CancellationToken cancellationToken) => new
    {
        SurveyResponses = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.AccountId == accountId).OrderBy(r => r.Id)
            .Select(r => new
            {
                r.SurveyId,
                r.SubmittedAt,
                Answers = r.Answers.OrderBy(a => a.QuestionId)
                    .Select(a => new { a.QuestionId, a.OptionId, a.ColumnOptionId, a.NumberValue, a.TextValue, a.DateValue, a.Latitude, a.Longitude }).ToList(),
            })
            .ToListAsync(cancellationToken),
        Events = await db.Set<NeighbourhoodEvent>().AsNoTracking().Where(e => e.SubmittedBy == accountId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.Description, e.Language, e.StartsAt, e.EndsAt, e.PlaceName, e.Address, e.OrganiserName, e.ContactLink, Status = e.Status.ToString(), e.RejectionReason, e.CreatedAt })
            .ToListAsync(cancellationToken),
        Reports = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.ReporterId == accountId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.CategoryId, r.Description, r.Latitude, r.Longitude, r.Address, Status = r.Status.ToString(), r.StatusNotes, r.RequestedAt })
            .ToListAsync(cancellationToken),
        NotificationMail = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.AccountId == accountId)
            .Select(p => p.Mail.ToString()).SingleOrDefaultAsync(cancellationToken),
    };

    public async Task ForgetAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await db.Set<SurveyResponse>().Where(r => r.AccountId == accountId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AccountId, (Guid?)null), cancellationToken);
        await db.Set<SurveyAnswer>().Where(a => a.TextReviewedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(a => a.TextReviewedBy, (Guid?)null), cancellationToken);
        await db.Set<Survey>().Where(s => s.CreatedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CreatedBy, (Guid?)null), cancellationToken);
        await db.Set<NeighbourhoodEvent>().Where(e => e.SubmittedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(e => e.SubmittedBy, (Guid?)null), cancellationToken);
        await db.Set<NeighbourhoodEvent>().Where(e => e.ReviewedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ReviewedBy, (Guid?)null), cancellationToken);
        await db.Set<ServiceRequest>().Where(r => r.ReporterId == accountId).ExecuteUpdateAsync(u => u.SetProperty(r => r.ReporterId, (Guid?)null), cancellationToken);
        await db.Set<ReportStatusChange>().Where(c => c.ById == accountId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ById, (Guid?)null), cancellationToken);
        await db.Set<Measure>().Where(m => m.CreatedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(m => m.CreatedBy, (Guid?)null), cancellationToken);
        await db.Set<MeasureStatusChange>().Where(c => c.ChangedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ChangedBy, (Guid?)null), cancellationToken);
        await db.Set<MeasureIdea>().Where(l => l.LinkedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(l => l.LinkedBy, (Guid?)null), cancellationToken);
        await db.Set<Process>().Where(p => p.CreatedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(p => p.CreatedBy, (Guid?)null), cancellationToken);
        await db.Set<ContentTranslation>().Where(t => t.CreatedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(t => t.CreatedBy, (Guid?)null), cancellationToken);
        await db.Set<NotificationPreference>().Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
    }
}

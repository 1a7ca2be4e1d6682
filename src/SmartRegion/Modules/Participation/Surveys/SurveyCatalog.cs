using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>Loads surveys with their structure and says who may see, edit and read the results of which.</summary>
public sealed class SurveyCatalog(SmartRegionDb db, ParticipationAccess access)
{
    public Task<Survey?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Survey>().AsNoTracking().AsSplitQuery()
            .Include(s => s.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The survey when the person may see it: published ones for everybody, drafts for the area's editors.</summary>
    public async Task<Survey?> VisibleAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(id, cancellationToken);
        return survey is not null && (survey.IsPublished || await access.IsEditorAsync(user, survey.AreaId, cancellationToken)) ? survey : null;
    }

    public Task<bool> IsEditorAsync(ClaimsPrincipal user, Survey survey, CancellationToken cancellationToken) =>
        access.IsEditorAsync(user, survey.AreaId, cancellationToken);

    /// <summary>Results are for everybody when the survey says so, else for the area's editors and moderators.</summary>
    public async Task<bool> MayReadResultsAsync(ClaimsPrincipal user, Survey survey, CancellationToken cancellationToken) =>
        (survey.IsPublished && survey.ResultsPublic) || await access.IsModeratorAsync(user, survey.AreaId, cancellationToken);

    public Task<bool> HasResponsesAsync(int surveyId, CancellationToken cancellationToken) =>
        db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == surveyId, cancellationToken);

    /// <summary>Published surveys, newest first, optionally of one process.</summary>
    public async Task<List<SurveySummary>> ListAsync(string? processSlug, CancellationToken cancellationToken)
    {
        var query = db.Set<Survey>().AsNoTracking().Where(s => s.IsPublished);
        if (!string.IsNullOrEmpty(processSlug))
        {
            var processId = await db.Set<Process>().Where(p => p.Slug == processSlug).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
            query = query.Where(s => s.ProcessId == processId);
        }

        return await query.OrderByDescending(s => s.OpensAt).ThenByDescending(s => s.Id)
            .Select(s => new SurveySummary(s.Id, s.AreaId, s.ProcessId, s.TitleDe, s.TitleEn, s.Access, s.OpensAt, s.ClosesAt, s.ResultsPublic))
            .ToListAsync(cancellationToken);
    }
}

public sealed record SurveySummary(int Id, int AreaId, int? ProcessId, string TitleDe, string? TitleEn, SurveyAccess Access, DateTime OpensAt, DateTime ClosesAt, bool ResultsPublic)
{
    public string Title(bool english) => english && !string.IsNullOrWhiteSpace(TitleEn) ? TitleEn : TitleDe;
}

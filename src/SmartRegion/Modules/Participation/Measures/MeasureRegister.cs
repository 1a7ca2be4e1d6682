using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>
/// Reads and changes measures for the pages and the API alike, so both tell the same followers the same
/// things. Permission checks stay with the callers (they answer 403 in their own way).
/// </summary>
public sealed class MeasureRegister(SmartRegionDb db, RegionDirectory directory, Followers followers, BothLanguages both, IStringLocalizer<Platform.Localization.SharedTexts> texts, TimeProvider clock)
{
    public const string ImageOwnerKind = "measure";
    private const int MaxListed = 500;

    public static string LinkTo(int measureId) => $"/participation/measures/{measureId}";

    public Task<Measure?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Measure>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>Measures newest change first; the area filter includes the areas below it.</summary>
    public async Task<List<Measure>> ListAsync(int? areaId, string? fieldKey, MeasureStatus? status, CancellationToken cancellationToken)
    {
        var query = db.Set<Measure>().AsNoTracking();
        if (areaId is { } area)
        {
            var areas = await directory.AreaAndBelowAsync(area, cancellationToken);
            query = query.Where(m => areas.Contains(m.AreaId));
        }

        if (!string.IsNullOrEmpty(fieldKey))
        {
            query = query.Where(m => m.FieldKey == fieldKey);
        }

        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        return await query.OrderByDescending(m => m.UpdatedAt).ThenByDescending(m => m.Id).Take(MaxListed).ToListAsync(cancellationToken);
    }

    public Task<List<MeasureStatusChange>> TimelineAsync(int measureId, CancellationToken cancellationToken) =>
        db.Set<MeasureStatusChange>().AsNoTracking().Where(c => c.MeasureId == measureId).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    public Task<List<LinkedIdea>> IdeasAsync(int measureId, CancellationToken cancellationToken) =>
        (from link in db.Set<MeasureIdea>()
         join idea in db.Set<Idea>() on link.IdeaId equals idea.Id
         where link.MeasureId == measureId
         orderby link.LinkedAt
         select new LinkedIdea(idea.Id, idea.HiddenAt == null ? idea.Title : null, idea.Status)).ToListAsync(cancellationToken);

    public Task<List<int>> SurveysAsync(int measureId, CancellationToken cancellationToken) =>
        db.Set<MeasureSurvey>().Where(s => s.MeasureId == measureId).OrderBy(s => s.LinkedAt).Select(s => s.SurveyId).ToListAsync(cancellationToken);

    /// <summary>The measures that came from an idea, for the idea's page.</summary>
    public Task<List<Measure>> OfIdeaAsync(int ideaId, CancellationToken cancellationToken) =>
        (from link in db.Set<MeasureIdea>()
         join measure in db.Set<Measure>() on link.MeasureId equals measure.Id
         where link.IdeaId == ideaId
         orderby measure.UpdatedAt descending
         select measure).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>Errors of references the annotations cannot check: the area and the field must exist.</summary>
    public async Task<Dictionary<string, string>> ReferenceErrorsAsync(MeasureInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (input.AreaId is { } areaId && (await directory.LookupAsync([areaId], cancellationToken)).Count == 0)
        {
            errors[nameof(MeasureInput.AreaId)] = texts["Measures.Validation.UnknownArea"];
        }

        if (!string.IsNullOrEmpty(input.FieldKey) && !(await directory.FieldsAsync(cancellationToken)).Any(f => f.Key == input.FieldKey))
        {
            errors[nameof(MeasureInput.FieldKey)] = texts["Measures.Validation.UnknownField"];
        }

        return errors;
    }

    public async Task<Measure> CreateAsync(MeasureInput input, Guid? createdBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var measure = new Measure { Status = MeasureStatus.Planned, CreatedBy = createdBy, CreatedAt = now };
        Apply(measure, input, now);
        db.Add(measure);
        await db.SaveChangesAsync(cancellationToken);
        return measure;
    }

    public async Task UpdateAsync(Measure measure, MeasureInput input, CancellationToken cancellationToken)
    {
        Apply(measure, input, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records the step and tells the followers of the measure and of every idea it came from (each person once).</summary>
    public async Task<MeasureStatusChange> ChangeStatusAsync(Measure measure, StatusChangeInput input, Guid? changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        var status = input.Status ?? measure.Status;
        var change = new MeasureStatusChange
        {
            MeasureId = measure.Id,
            Status = status,
            At = now,
            ExplanationDe = input.ExplanationDe!.Trim(),
            ExplanationEn = Clean(input.ExplanationEn),
            ChangedBy = changedBy,
        };
        db.Add(change);
        measure.Status = status;
        measure.UpdatedAt = now;

        var told = new HashSet<Guid>();
        if (changedBy is { } actor)
        {
            told.Add(actor);
        }

        var link = LinkTo(measure.Id);
        var (de, en) = both.Format("Measures.Notify.StatusChanged", () => [measure.TitleDe, texts[MeasureTexts.Status(status)].Value]);
        await followers.NotifyAsync(SubjectKinds.Measure, measure.Id, de, en, link, told, cancellationToken);
        foreach (var idea in await IdeasAsync(measure.Id, cancellationToken))
        {
            var (ideaDe, ideaEn) = both.Format("Measures.Notify.IdeaMeasureStatusChanged", () => [idea.Title ?? "", measure.TitleDe, texts[MeasureTexts.Status(status)].Value]);
            await followers.NotifyAsync(SubjectKinds.Idea, idea.Id, ideaDe, ideaEn, link, told, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return change;
    }

    /// <summary>Links an idea of the measure's area (or an area below it) and tells the idea's followers.</summary>
    public async Task<IdeaLinkRefusal> LinkIdeaAsync(Measure measure, int ideaId, Guid? linkedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var idea = await db.Set<Idea>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == ideaId, cancellationToken);
        if (idea is null)
        {
            return IdeaLinkRefusal.NoSuchIdea;
        }

        if (!await directory.IsWithinAsync(idea.AreaId, measure.AreaId, cancellationToken))
        {
            return IdeaLinkRefusal.OtherArea;
        }

        if (await db.Set<MeasureIdea>().AnyAsync(l => l.MeasureId == measure.Id && l.IdeaId == ideaId, cancellationToken))
        {
            return IdeaLinkRefusal.AlreadyLinked;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new MeasureIdea { MeasureId = measure.Id, IdeaId = ideaId, LinkedAt = now, LinkedBy = linkedBy });
        measure.UpdatedAt = now;
        var (de, en) = both.Format("Measures.Notify.IdeaLinked", () => [idea.Title, measure.TitleDe, texts[MeasureTexts.Status(measure.Status)].Value]);
        await followers.NotifyAsync(SubjectKinds.Idea, ideaId, de, en, LinkTo(measure.Id), linkedBy, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same link was made by a parallel request a moment earlier; its followers were told by that one.
            db.ChangeTracker.Clear();
            return IdeaLinkRefusal.AlreadyLinked;
        }

        return IdeaLinkRefusal.None;
    }

    /// <summary>Links a survey by its id; linking it again changes nothing.</summary>
    public async Task LinkSurveyAsync(Measure measure, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (await db.Set<MeasureSurvey>().AnyAsync(s => s.MeasureId == measure.Id && s.SurveyId == surveyId, cancellationToken))
        {
            return;
        }

        db.Add(new MeasureSurvey { MeasureId = measure.Id, SurveyId = surveyId, LinkedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Linked by a parallel request; the key kept the second row out.
            db.ChangeTracker.Clear();
        }
    }

    private static void Apply(Measure measure, MeasureInput input, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(input);
        measure.AreaId = input.AreaId!.Value;
        measure.FieldKey = Clean(input.FieldKey);
        measure.TitleDe = input.TitleDe!.Trim();
        measure.TitleEn = Clean(input.TitleEn);
        measure.DescriptionDe = input.DescriptionDe!.Trim();
        measure.DescriptionEn = Clean(input.DescriptionEn);
        measure.ResponsibleBody = input.ResponsibleBody!.Trim();
        measure.BudgetEuro = input.BudgetEuro;
        measure.UpdatedAt = now;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An idea a measure came from; <see cref="Title"/> is null while a moderator hides the idea.</summary>
public sealed record LinkedIdea(int Id, string? Title, IdeaStatus Status);

public enum IdeaLinkRefusal
{
    None,
    NoSuchIdea,
    OtherArea,
    AlreadyLinked,
}

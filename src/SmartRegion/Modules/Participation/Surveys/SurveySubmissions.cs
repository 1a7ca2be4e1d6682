using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Surveys;

/// <summary>Why a person may not answer (now); <see cref="None"/> when they may.</summary>
public enum SurveyRefusal
{
    None,
    NotYetOpen,
    Closed,

    /// <summary>The survey belongs to a process whose current phase does not take survey answers.</summary>
    PhaseClosed,
    SignInRequired,
    NoHomeArea,
    NotResident,
    Blocked,
    AlreadyAnswered,
}

public sealed record SubmitOutcome(SurveyRefusal Refusal, IReadOnlyList<AnswerError> Errors, long? ResponseId)
{
    public bool Saved => ResponseId is not null;
}

/// <summary>
/// Takes responses under the survey's rules, the same for the page and the API: answering time, access mode,
/// account blocks, the answers' validity, and one response per person.
/// </summary>
public sealed class SurveySubmissions(SmartRegionDb db, ParticipationAccess access, RegionDirectory directory, AnonymousGuard guard, TimeProvider clock)
{
    public async Task<SurveyRefusal> RefusalAsync(Survey survey, ClaimsPrincipal user, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < survey.OpensAt)
        {
            return SurveyRefusal.NotYetOpen;
        }

        if (now >= survey.ClosesAt)
        {
            return SurveyRefusal.Closed;
        }

        if (survey.ProcessId is { } processId && !await ProcessPhases.IsOpenAsync(db, processId, Component.Surveys, now, cancellationToken))
        {
            return SurveyRefusal.PhaseClosed;
        }

        if (survey.Access == SurveyAccess.Anonymous)
        {
            var hash = await guard.ExistingHashAsync(context, survey.Id, cancellationToken);
            return hash is not null && await db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == survey.Id && r.GuardHash == hash, cancellationToken)
                ? SurveyRefusal.AlreadyAnswered
                : SurveyRefusal.None;
        }

        if (ParticipationAccess.AccountId(user) is not { } accountId)
        {
            return SurveyRefusal.SignInRequired;
        }

        if (survey.Access == SurveyAccess.ResidentsOfArea)
        {
            var homeAreaId = await db.Users.Where(u => u.Id == accountId).Select(u => u.HomeAreaId).SingleOrDefaultAsync(cancellationToken);
            if (homeAreaId is null)
            {
                return SurveyRefusal.NoHomeArea;
            }

            if (!await directory.IsWithinAsync(homeAreaId.Value, survey.AreaId, cancellationToken))
            {
                return SurveyRefusal.NotResident;
            }
        }

        if (await access.IsBlockedAsync(accountId, survey.AreaId, cancellationToken))
        {
            return SurveyRefusal.Blocked;
        }

        return await db.Set<SurveyResponse>().AnyAsync(r => r.SurveyId == survey.Id && r.AccountId == accountId, cancellationToken)
            ? SurveyRefusal.AlreadyAnswered
            : SurveyRefusal.None;
    }

    public async Task<SubmitOutcome> SubmitAsync(Survey survey, ClaimsPrincipal user, HttpContext context, SurveyValues values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(context);
        var refusal = await RefusalAsync(survey, user, context, cancellationToken);
        if (refusal != SurveyRefusal.None)
        {
            return new SubmitOutcome(refusal, [], null);
        }

        var (answers, errors) = AnswerValidation.Validate(survey, values);
        if (errors.Count > 0)
        {
            return new SubmitOutcome(SurveyRefusal.None, errors, null);
        }

        // An anonymous response carries neither account nor address, even when the person is signed in.
        var response = new SurveyResponse
        {
            SurveyId = survey.Id,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            Answers = answers,
        };
        if (survey.Access == SurveyAccess.Anonymous)
        {
            response.GuardHash = await guard.HashGivingTokenAsync(context, survey.Id, cancellationToken);
        }
        else
        {
            response.AccountId = ParticipationAccess.AccountId(user);
        }

        db.Add(response);
        try
        {
            using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await AlreadyStoredAsync(response, cancellationToken))
            {
                throw;
            }

            // A parallel submission of the same person won the race; the unique index refused this one.
            return new SubmitOutcome(SurveyRefusal.AlreadyAnswered, [], null);
        }

        return new SubmitOutcome(SurveyRefusal.None, [], response.Id);
    }

    private Task<bool> AlreadyStoredAsync(SurveyResponse response, CancellationToken cancellationToken) =>
        db.Set<SurveyResponse>().AsNoTracking().AnyAsync(
            r => r.SurveyId == response.SurveyId
                && ((response.AccountId != null && r.AccountId == response.AccountId) || (response.GuardHash != null && r.GuardHash == response.GuardHash)),
            cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>
/// What editors do with a hackathon: create, change and delete it, publish the results (its challenges: see
/// <see cref="ChallengeEditing"/>). The callers have checked that the person is an editor of the hackathon's area;
/// the checks of the content itself happen here and in <see cref="HackathonRules"/>, for pages and API alike.
/// </summary>
public sealed class HackathonEditing(SmartRegionDb db, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    /// <summary>The field keys a hackathon may name.</summary>
    public async Task<IReadOnlySet<string>> KnownFieldsAsync(CancellationToken cancellationToken) =>
        (await directory.FieldsAsync(cancellationToken)).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

    public async Task<Hackathon> CreateAsync(HackathonInput input, HackathonSchedule schedule, Guid? createdBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hackathon = new Hackathon { CreatedBy = createdBy, CreatedAt = now };
        Apply(hackathon, input, schedule, now);
        db.Add(hackathon);
        await db.SaveChangesAsync(cancellationToken);
        return hackathon;
    }

    /// <summary>
    /// Changes a hackathon after <see cref="HackathonRules.Check"/> passed. Rules only an edit can break: the largest
    /// team size may not drop below the members a team already has (checked before the save: a join in the same
    /// moment can still pass); and once the jury has begun or the results are published, the submission deadline
    /// may not move later (teams could change what is being judged) and the area stays (its reviewers are the
    /// judges). Returns the problems; none means saved.
    /// </summary>
    public async Task<List<(string Field, string Message)>> UpdateAsync(Hackathon hackathon, HackathonInput input, HackathonSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var largestTeam = await db.Set<HackathonTeam>().Where(t => t.HackathonId == hackathon.Id).MaxAsync(t => (int?)t.MemberCount, cancellationToken) ?? 0;
        if (input.TeamSizeMax < largestTeam)
        {
            return [(nameof(HackathonInput.TeamSizeMax), texts["Hackathons.Error.TeamSizeBelowMembers", largestTeam])];
        }

        var judged = hackathon.ResultsPublishedAt is not null
            || await db.Set<ReviewAssignment>().AnyAsync(a => a.SubjectKind == Jury.HackathonJury.SubjectKind && a.RoundId == hackathon.Id, cancellationToken);
        if (judged && schedule.SubmissionDeadline > hackathon.SubmissionDeadline)
        {
            return [(nameof(HackathonInput.SubmissionDeadline), texts["Hackathons.Error.DeadlineAfterJudging"])];
        }

        if (judged && schedule.AreaId != hackathon.AreaId)
        {
            return [(nameof(HackathonInput.Area), texts["Hackathons.Error.AreaAfterJudging"])];
        }

        var tracked = await db.Set<Hackathon>().SingleAsync(h => h.Id == hackathon.Id, cancellationToken);
        Apply(tracked, input, schedule, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Deletes a hackathon nobody has taken part in yet, with its challenges. The check and the deletion are one
    /// statement, so a registration that arrives first keeps the hackathon. False when participants' work exists.
    /// </summary>
    public async Task<bool> DeleteAsync(Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var deleted = await db.Set<Hackathon>()
            .Where(h => h.Id == hackathon.Id
                && !db.Set<HackathonRegistration>().Any(r => r.HackathonId == h.Id)
                && !db.Set<HackathonTeam>().Any(t => t.HackathonId == h.Id)
                && !db.Set<HackathonSubmission>().Any(s => s.HackathonId == h.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 1;
    }

    /// <summary>Whether people already took part (registrations, teams or results); such a hackathon can be edited, not deleted.</summary>
    public async Task<bool> HasParticipantsAsync(int hackathonId, CancellationToken cancellationToken) =>
        await db.Set<HackathonRegistration>().AnyAsync(r => r.HackathonId == hackathonId, cancellationToken)
        || await db.Set<HackathonTeam>().AnyAsync(t => t.HackathonId == hackathonId, cancellationToken)
        || await db.Set<HackathonSubmission>().AnyAsync(s => s.HackathonId == hackathonId, cancellationToken);

    private static void Apply(Hackathon hackathon, HackathonInput input, HackathonSchedule schedule, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(schedule);
        hackathon.AreaId = schedule.AreaId;
        hackathon.Title = input.Title!.Trim();
        hackathon.Description = input.Description!.Trim();
        hackathon.StartsAt = schedule.StartsAt;
        hackathon.EndsAt = schedule.EndsAt;
        hackathon.SubmissionDeadline = schedule.SubmissionDeadline;
        hackathon.PlaceName = string.IsNullOrWhiteSpace(input.PlaceName) ? null : input.PlaceName.Trim();
        hackathon.IsOnline = input.IsOnline;
        hackathon.FieldKeys = string.Join(',', input.Fields.Distinct(StringComparer.Ordinal));
        hackathon.TeamSizeMin = input.TeamSizeMin!.Value;
        hackathon.TeamSizeMax = input.TeamSizeMax!.Value;
        hackathon.UpdatedAt = now;
    }

    /// <summary>
    /// Sets the places and mentions and publishes them. Each place goes to one submission at most, every award needs a
    /// jury statement, and only submissions of this hackathon count. Problems are keyed by the submission's id.
    /// </summary>
    public async Task<List<(string Field, string Message)>> PublishResultsAsync(Hackathon hackathon, IReadOnlyList<AwardInput> awards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        ArgumentNullException.ThrowIfNull(awards);
        var problems = new List<(string, string)>();
        var submissions = await db.Set<HackathonSubmission>().Where(s => s.HackathonId == hackathon.Id).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var award in awards)
        {
            var key = Key(award.SubmissionId);
            if (!submissions.ContainsKey(award.SubmissionId))
            {
                problems.Add((key, texts["Hackathons.Error.NoSuchSubmission"]));
            }
            else if (!Enum.IsDefined(award.Award))
            {
                problems.Add((key, texts["Hackathons.Error.Award"]));
            }
            else if (award.Award != HackathonAward.None && string.IsNullOrWhiteSpace(award.JuryStatement))
            {
                problems.Add((key, texts["Hackathons.Error.StatementRequired"]));
            }
            else if (award.JuryStatement?.Trim().Length > HackathonsModel.StatementLength)
            {
                problems.Add((key, texts["Hackathons.Error.StatementTooLong", HackathonsModel.StatementLength]));
            }
        }

        foreach (var place in awards.Where(a => a.Award is HackathonAward.FirstPlace or HackathonAward.SecondPlace or HackathonAward.ThirdPlace)
            .GroupBy(a => a.Award).Where(g => g.Count() > 1))
        {
            problems.Add((Key(place.Last().SubmissionId), texts["Hackathons.Error.PlaceTwice"]));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var award in awards)
        {
            var submission = submissions[award.SubmissionId];
            submission.Award = award.Award;
            submission.JuryStatement = award.Award == HackathonAward.None ? null : award.JuryStatement!.Trim();
        }

        var tracked = await db.Set<Hackathon>().SingleAsync(h => h.Id == hackathon.Id, cancellationToken);
        tracked.ResultsPublishedAt = clock.GetUtcNow().UtcDateTime;
        tracked.UpdatedAt = tracked.ResultsPublishedAt.Value;
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    /// <summary>The form field that carries the award of a submission, so its error is shown next to it.</summary>
    public static string Key(int submissionId) => $"Award_{submissionId}";
}

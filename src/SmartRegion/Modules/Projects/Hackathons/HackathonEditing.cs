using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>
/// What editors do: create hackathons, add challenges, publish the results. The callers have checked that the person
/// is an editor of the hackathon's area; the checks of the content itself happen here, for pages and API alike.
/// </summary>
public sealed class HackathonEditing(SmartRegionDb db, RegionDirectory directory, DatastreamDirectory datastreams, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    /// <summary>The field keys a hackathon may name.</summary>
    public async Task<IReadOnlySet<string>> KnownFieldsAsync(CancellationToken cancellationToken) =>
        (await directory.FieldsAsync(cancellationToken)).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

    public async Task<Hackathon> CreateAsync(HackathonInput input, HackathonSchedule schedule, Guid? createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(schedule);
        var now = clock.GetUtcNow().UtcDateTime;
        var hackathon = new Hackathon
        {
            AreaId = schedule.AreaId,
            Title = input.Title!.Trim(),
            Description = input.Description!.Trim(),
            StartsAt = schedule.StartsAt,
            EndsAt = schedule.EndsAt,
            SubmissionDeadline = schedule.SubmissionDeadline,
            PlaceName = string.IsNullOrWhiteSpace(input.PlaceName) ? null : input.PlaceName.Trim(),
            IsOnline = input.IsOnline,
            FieldKeys = string.Join(',', input.Fields.Distinct(StringComparer.Ordinal)),
            TeamSizeMin = input.TeamSizeMin!.Value,
            TeamSizeMax = input.TeamSizeMax!.Value,
            CreatedBy = createdBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(hackathon);
        await db.SaveChangesAsync(cancellationToken);
        return hackathon;
    }

    /// <summary>Checks a challenge (its Datastreams must exist, its contact must have an account) and adds it; the problems otherwise.</summary>
    public async Task<(HackathonChallenge? Challenge, List<(string Field, string Message)> Problems)> AddChallengeAsync(
        Hackathon hackathon, ChallengeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        ArgumentNullException.ThrowIfNull(input);
        var problems = AttributeRules.Check(input, texts);
        var ids = HackathonRules.ParseDatastreamIds(input.DatastreamIds);
        if (ids is null)
        {
            problems.Add((nameof(ChallengeInput.DatastreamIds), texts["Hackathons.Error.DatastreamIds"]));
        }
        else
        {
            var found = await datastreams.FindManyAsync(ids, cancellationToken);
            var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                problems.Add((nameof(ChallengeInput.DatastreamIds), texts["Hackathons.Error.DatastreamMissing", string.Join(", ", missing)]));
            }
        }

        Guid? contact = null;
        if (!string.IsNullOrWhiteSpace(input.OwnerContactEmail) && !problems.Any(p => p.Field == nameof(ChallengeInput.OwnerContactEmail)))
        {
            var normalized = input.OwnerContactEmail.Trim().ToUpperInvariant();
            contact = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            if (contact is null)
            {
                problems.Add((nameof(ChallengeInput.OwnerContactEmail), texts["Hackathons.Error.ContactUnknown"]));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var order = await db.Set<HackathonChallenge>().Where(c => c.HackathonId == hackathon.Id).Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? -1;
        var challenge = new HackathonChallenge
        {
            HackathonId = hackathon.Id,
            SortOrder = order + 1,
            Title = input.Title!.Trim(),
            Description = input.Description!.Trim(),
            OwnerOrganisation = input.OwnerOrganisation!.Trim(),
            OwnerContactId = contact,
            Datastreams = [.. ids!.Select(id => new ChallengeDatastream { DatastreamId = id })],
        };
        db.Add(challenge);
        await db.Set<Hackathon>().Where(h => h.Id == hackathon.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (challenge, problems);
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

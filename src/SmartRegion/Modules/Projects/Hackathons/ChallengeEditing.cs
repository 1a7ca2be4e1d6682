using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>
/// What editors do with a hackathon's challenges: add, change and delete them. The callers have checked that the
/// person is an editor of the hackathon's area; adding and changing check the content alike, here.
/// </summary>
public sealed class ChallengeEditing(SmartRegionDb db, DatastreamDirectory datastreams, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    /// <summary>Checks a challenge and adds it; the problems otherwise.</summary>
    public async Task<(HackathonChallenge? Challenge, List<(string Field, string Message)> Problems)> AddAsync(
        Hackathon hackathon, ChallengeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var (content, problems) = await CheckAsync(input, cancellationToken);
        if (content is null)
        {
            return (null, problems);
        }

        var order = await db.Set<HackathonChallenge>().Where(c => c.HackathonId == hackathon.Id).Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? -1;
        var challenge = new HackathonChallenge { HackathonId = hackathon.Id, SortOrder = order + 1 };
        content.ApplyTo(challenge);
        db.Add(challenge);
        await TouchAsync(hackathon.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (challenge, problems);
    }

    /// <summary>Checks the changed challenge by the same rules as a new one and saves it; its place in the list stays.</summary>
    public async Task<List<(string Field, string Message)>> UpdateAsync(HackathonChallenge challenge, ChallengeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var (content, problems) = await CheckAsync(input, cancellationToken);
        if (content is null)
        {
            return problems;
        }

        var tracked = await db.Set<HackathonChallenge>().Include(c => c.Datastreams).SingleAsync(c => c.Id == challenge.Id, cancellationToken);
        content.ApplyTo(tracked);
        await TouchAsync(tracked.HackathonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    /// <summary>
    /// Deletes a challenge no team has picked. Check and deletion are one statement, so a team that picks it first keeps
    /// it (a team's result belongs to the challenge the team picked). False when a team depends on it.
    /// </summary>
    public async Task<bool> DeleteAsync(HackathonChallenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var deleted = await db.Set<HackathonChallenge>()
            .Where(c => c.Id == challenge.Id && !db.Set<HackathonTeam>().Any(t => t.ChallengeId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 1)
        {
            await TouchAsync(challenge.HackathonId, cancellationToken);
        }

        return deleted == 1;
    }

    public Task<bool> IsPickedAsync(int challengeId, CancellationToken cancellationToken) =>
        db.Set<HackathonTeam>().AnyAsync(t => t.ChallengeId == challengeId, cancellationToken);

    /// <summary>The form's values of a stored challenge, the contact as their e-mail address.</summary>
    public async Task<ChallengeInput> InputOfAsync(HackathonChallenge challenge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var email = challenge.OwnerContactId is { } contact
            ? await db.Users.Where(u => u.Id == contact).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ChallengeInput
        {
            Title = challenge.Title,
            Description = challenge.Description,
            OwnerOrganisation = challenge.OwnerOrganisation,
            OwnerContactEmail = email,
            DatastreamIds = string.Join(", ", challenge.Datastreams.Select(d => d.DatastreamId)),
        };
    }

    /// <summary>The rules of a challenge: the attributes, Datastreams that exist, a contact who has an account.</summary>
    private async Task<(ChallengeContent? Content, List<(string Field, string Message)> Problems)> CheckAsync(ChallengeInput input, CancellationToken cancellationToken)
    {
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

        return problems.Count > 0 ? (null, problems) : (new ChallengeContent(input, contact, ids!), problems);
    }

    private Task<int> TouchAsync(int hackathonId, CancellationToken cancellationToken) =>
        db.Set<Hackathon>().Where(h => h.Id == hackathonId)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>A challenge's checked content, ready to be written into a new or a stored challenge.</summary>
    private sealed record ChallengeContent(ChallengeInput Input, Guid? Contact, List<long> DatastreamIds)
    {
        public void ApplyTo(HackathonChallenge challenge)
        {
            challenge.Title = Input.Title!.Trim();
            challenge.Description = Input.Description!.Trim();
            challenge.OwnerOrganisation = Input.OwnerOrganisation!.Trim();
            challenge.OwnerContactId = Contact;
            challenge.Datastreams.RemoveAll(d => !DatastreamIds.Contains(d.DatastreamId));
            challenge.Datastreams.AddRange(DatastreamIds.Where(id => challenge.Datastreams.All(d => d.DatastreamId != id))
                .Select(id => new ChallengeDatastream { DatastreamId = id }));
        }
    }
}

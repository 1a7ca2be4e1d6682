namespace SmartRegion.Modules.Projects.Hackathons;

/// <summary>
/// A hackathon an editor runs for an area: teams of registered participants work on its challenges and hand in a
/// result before the submission deadline; the editor then publishes the places.
/// </summary>
public sealed class Hackathon
{
    public int Id { get; set; }

    public int AreaId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime EndsAt { get; set; }

    /// <summary>Where it takes place; empty for a hackathon held only online.</summary>
    public string? PlaceName { get; set; }

    public bool IsOnline { get; set; }

    /// <summary>Keys of the strategy's innovation and action fields, comma-separated.</summary>
    public string FieldKeys { get; set; } = "";

    /// <summary>UTC. Teams form, pick challenges and hand in results until then; the server refuses later writes.</summary>
    public DateTime SubmissionDeadline { get; set; }

    public int TeamSizeMin { get; set; }

    public int TeamSizeMax { get; set; }

    /// <summary>Set when the editor published the results; the public page then shows the places.</summary>
    public DateTime? ResultsPublishedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<HackathonChallenge> Challenges { get; set; } = [];

    public IReadOnlyList<string> Fields => [.. FieldKeys.Split(',', StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>A task set by an owner (an organisation, optionally with a contact account), built on the platform's sensor data.</summary>
public sealed class HackathonChallenge
{
    public int Id { get; set; }

    public int HackathonId { get; set; }

    public int SortOrder { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string OwnerOrganisation { get; set; } = "";

    /// <summary>The owner's contact person; null when none was named or the account was deleted.</summary>
    public Guid? OwnerContactId { get; set; }

    public List<ChallengeDatastream> Datastreams { get; set; } = [];
}

/// <summary>A SensorThings Datastream a challenge works with (see <c>Sensing.Queries.DatastreamDirectory</c>).</summary>
public sealed class ChallengeDatastream
{
    public int ChallengeId { get; set; }

    public long DatastreamId { get; set; }
}

/// <summary>A signed-in person taking part; only registered people form or join teams.</summary>
public sealed class HackathonRegistration
{
    public int HackathonId { get; set; }

    public Guid AccountId { get; set; }

    public DateTime RegisteredAt { get; set; }
}

public sealed class HackathonTeam
{
    public int Id { get; set; }

    public int HackathonId { get; set; }

    public string Name { get; set; } = "";

    public int? ChallengeId { get; set; }

    /// <summary>
    /// Kept equal to the membership rows; joining raises it only while it is below the hackathon's maximum, in one
    /// conditional update, so parallel joins cannot overfill a team.
    /// </summary>
    public int MemberCount { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One person in one team; the key (hackathon, account) keeps everyone in at most one team per hackathon.</summary>
public sealed class TeamMembership
{
    public int HackathonId { get; set; }

    public Guid AccountId { get; set; }

    public int TeamId { get; set; }

    public DateTime JoinedAt { get; set; }
}

/// <summary>
/// A team's result. It belongs to the team, not to a person, so it stays when members delete their accounts; judging
/// and taking a result into a funding application can attach to it by its id later.
/// </summary>
public sealed class HackathonSubmission
{
    public int Id { get; set; }

    public int HackathonId { get; set; }

    public int TeamId { get; set; }

    public string Description { get; set; } = "";

    public string? RepositoryUrl { get; set; }

    public string? DemoUrl { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public HackathonAward Award { get; set; }

    public string? JuryStatement { get; set; }
}

/// <summary>Written as its name in JSON ("FirstPlace"), so API clients need not know the numbers.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<HackathonAward>))]
public enum HackathonAward
{
    None,
    FirstPlace,
    SecondPlace,
    ThirdPlace,
    HonourableMention,
}

public static class HackathonAwards
{
    /// <summary>1, 2 or 3 for the places, null for a mention or no award.</summary>
    public static int? Place(this HackathonAward award) => award switch
    {
        HackathonAward.FirstPlace => 1,
        HackathonAward.SecondPlace => 2,
        HackathonAward.ThirdPlace => 3,
        _ => null,
    };
}

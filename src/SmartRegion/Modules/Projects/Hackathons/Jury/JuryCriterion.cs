using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons.Jury;

/// <summary>
/// What a hackathon's jury judges a team's result by (e.g. "Nutzen für den Küstenschutz", weight 3). The editor sets
/// the criteria before judging; once a judge has submitted, they stay as they are so that all scores mean the same.
/// </summary>
public sealed class JuryCriterion
{
    public int Id { get; set; }

    public int HackathonId { get; set; }

    public int SortOrder { get; set; }

    public string Name { get; set; } = "";

    /// <summary>What judges should look for; shown next to the score.</summary>
    public string? Description { get; set; }

    public int Weight { get; set; }

    /// <summary>The key the review engine keeps scores under; the id, so a renamed criterion keeps its scores.</summary>
    public string Key => $"k{Id}";

    public static List<ReviewCriterionRef> RefsOf(IEnumerable<JuryCriterion> criteria) =>
        [.. criteria.Select(c => new ReviewCriterionRef(c.Key, c.Weight, c.Name))];
}

/// <summary>A criterion as the editor enters it; text, so a wrong entry comes back with its message.</summary>
public sealed class JuryCriterionInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Weight { get; set; }
}

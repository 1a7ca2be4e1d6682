using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Projects.Hackathons.Jury;

/// <summary>One line of a hackathon's jury ranking: the team's result, its standing, and how many judges were assigned.</summary>
public sealed record JuryRankingRow(int? Place, HackathonSubmission Submission, string TeamName, SubjectStanding Standing, int Assigned);

/// <summary>The teams' results in the order of the jury's scores, for the editor who then awards the places.</summary>
public sealed class JuryRanking(HackathonCatalog catalog, ReviewBook book, JuryCriteria criteria)
{
    public async Task<List<JuryRankingRow>> OfAsync(Hackathon hackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        return await OfAsync(
            hackathon, await book.OfRoundAsync(HackathonJury.SubjectKind, hackathon.Id, cancellationToken), await criteria.OfAsync(hackathon.Id, cancellationToken), cancellationToken);
    }

    /// <summary>The ranking from the hackathon's reviews (with scores) and criteria the caller has read already.</summary>
    public async Task<List<JuryRankingRow>> OfAsync(
        Hackathon hackathon, IReadOnlyCollection<ReviewAssignment> reviews, IEnumerable<JuryCriterion> criteriaOfHackathon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hackathon);
        var submissions = (await catalog.SubmissionsAsync(hackathon.Id, cancellationToken)).ToDictionary(s => s.Id);
        var teamNames = (await catalog.TeamsAsync(hackathon.Id, cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var refs = JuryCriterion.RefsOf(criteriaOfHackathon);

        var rows = new List<JuryRankingRow>();
        foreach (var standing in ReviewRanking.Rank(submissions.Keys, reviews, refs))
        {
            var submission = submissions[standing.SubjectId];
            rows.Add(new JuryRankingRow(
                standing.WeightedMean is null ? null : rows.Count + 1,
                submission,
                teamNames.GetValueOrDefault(submission.TeamId, ""),
                standing,
                reviews.Count(r => r.SubjectId == submission.Id)));
        }

        return rows;
    }
}

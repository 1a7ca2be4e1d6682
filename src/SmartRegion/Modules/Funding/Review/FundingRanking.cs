using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Platform.Reviewing;

namespace SmartRegion.Modules.Funding.Review;

/// <summary>
/// One line of a call's ranking: the application, its standing, how many reviews were assigned, and the requested
/// grants added up from the top of the ranking down to this line, against the call's budget.
/// </summary>
public sealed record RankingRow(int? Place, FundingApplication Application, SubjectStanding Standing, int Assigned, decimal RunningTotal, bool WithinBudget);

/// <summary>A call's applications in the order of their reviews, for staff preparing the jury meeting.</summary>
public sealed class FundingRanking(ApplicationDesk applications, ReviewBook book)
{
    public async Task<List<RankingRow>> OfCallAsync(FundingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var ranked = (await applications.OfCallAsync(call.Id, cancellationToken))
            .Where(a => ApplicationStates.IsRanked(a.State))
            .OrderBy(a => a.ReferenceNumber, StringComparer.Ordinal)
            .ToDictionary(a => a.Id);
        var reviews = await book.OfRoundAsync(ReviewCriteria.SubjectKind, call.Id, cancellationToken);
        var standings = ReviewRanking.Rank(ranked.Keys, reviews, ReviewCriteria.Of(call, english: false));

        var rows = new List<RankingRow>();
        var total = 0m;
        foreach (var standing in standings)
        {
            var application = ranked[standing.SubjectId];
            total += application.GrantRequested ?? 0m;
            rows.Add(new RankingRow(
                standing.WeightedMean is null ? null : rows.Count + 1,
                application,
                standing,
                reviews.Count(r => r.SubjectId == application.Id),
                total,
                total <= call.TotalBudget));
        }

        return rows;
    }
}

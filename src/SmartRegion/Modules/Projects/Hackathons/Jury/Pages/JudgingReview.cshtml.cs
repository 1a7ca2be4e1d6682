using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Projects.Hackathons.Files;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Reviewing.Pages;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Projects.Hackathons.Jury.Pages;

/// <summary>
/// One judge's review of a team's result: the steps of <see cref="ReviewStepsPage"/>, with the result (description
/// and links) shown once the judge declared no conflict. Everybody else gets 404.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class JudgingReviewModel(HackathonJury jury, JuryCriteria criteria, SubmissionFiles files, ReviewBook book, IStringLocalizer<SharedTexts> texts)
    : ReviewStepsPage(book, texts)
{
    private Dictionary<string, string?> descriptions = [];

    public JuryCase Review { get; private set; } = default!;

    /// <summary>The result's files, listed once the judge declared no conflict.</summary>
    public List<SubmissionFileInfo> Files { get; private set; } = [];

    public override string TextPrefix => "Hackathons.Jury";

    public override string? DescriptionOf(string criterionKey) => descriptions.GetValueOrDefault(criterionKey);

    protected override string LinkTo(int assignmentId) => HackathonJury.LinkTo(assignmentId);

    protected override async Task<(ReviewAssignment Assignment, IReadOnlyList<ReviewCriterionRef> Criteria)?> LoadReviewAsync(int id, CancellationToken cancellationToken)
    {
        if (await jury.OpenAsync(User, id, cancellationToken) is not { } review)
        {
            return null;
        }

        Review = review;
        Files = review.Assignment.HasConflict == false ? await files.OfAsync([review.Submission.Id], cancellationToken) : [];
        var ofHackathon = await criteria.OfAsync(review.Hackathon.Id, cancellationToken);
        descriptions = ofHackathon.ToDictionary(c => c.Key, c => c.Description, StringComparer.Ordinal);
        return (review.Assignment, JuryCriterion.RefsOf(ofHackathon));
    }

    protected override Task<ReviewOutcome> DeclareAsync(bool hasConflict, string? note, CancellationToken cancellationToken) =>
        jury.DeclareAsync(Review, hasConflict, note, cancellationToken);

    protected override Task<ReviewOutcome> SaveDraftAsync(ReviewInput input, CancellationToken cancellationToken) =>
        jury.SaveDraftAsync(Review, input, cancellationToken);

    protected override Task<ReviewOutcome> SubmitAsync(ReviewInput input, CancellationToken cancellationToken) =>
        jury.SubmitAsync(Review, input, cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Applications.Pages;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Reviewing.Pages;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Review.Pages;

/// <summary>
/// One review of a funding application for its reviewer: the steps of <see cref="ReviewStepsPage"/>, with the
/// application shown once the reviewer declared no conflict. Everybody else gets 404.
/// </summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class ReviewPageModel(FundingReviewDesk reviews, ReviewBook book, FundingAttachments attachments, RegionDirectory directory, IStringLocalizer<SharedTexts> texts)
    : ReviewStepsPage(book, texts)
{
    public ReviewCase Review { get; private set; } = default!;

    /// <summary>The application, shown once the reviewer declared no conflict.</summary>
    public ApplicationRecordView? Record { get; private set; }

    public override string TextPrefix => "Funding.Review";

    public override string? DescriptionOf(string criterionKey)
    {
        var english = LocalizationSetup.IsEnglish;
        return Review.Call.Criteria.Select((criterion, index) => (Key: ReviewCriteria.KeyOf(criterion, index), Text: criterion.Description(english)))
            .FirstOrDefault(c => c.Key == criterionKey).Text;
    }

    protected override string LinkTo(int assignmentId) => FundingReviewDesk.LinkTo(assignmentId);

    protected override async Task<(ReviewAssignment Assignment, IReadOnlyList<ReviewCriterionRef> Criteria)?> LoadReviewAsync(int id, CancellationToken cancellationToken)
    {
        var review = await reviews.OpenAsync(User, id, cancellationToken);
        if (review is null)
        {
            return null;
        }

        Review = review;
        Record = review.Assignment.HasConflict == false
            ? await ApplicationRecordView.LoadAsync(review.Call, review.Application, attachments, directory, cancellationToken)
            : null;
        return (review.Assignment, ReviewCriteria.Of(review.Call, LocalizationSetup.IsEnglish));
    }

    protected override Task<ReviewOutcome> DeclareAsync(bool hasConflict, string? note, CancellationToken cancellationToken) =>
        reviews.DeclareAsync(Review, hasConflict, note, cancellationToken);

    protected override Task<ReviewOutcome> SaveDraftAsync(ReviewInput input, CancellationToken cancellationToken) =>
        reviews.SaveDraftAsync(Review, input, cancellationToken);

    protected override Task<ReviewOutcome> SubmitAsync(ReviewInput input, CancellationToken cancellationToken) =>
        reviews.SubmitAsync(Review, input, cancellationToken);
}

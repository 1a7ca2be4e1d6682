using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Reviewing;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Review;

/// <summary>
/// The call's scores as CSV for the jury meeting: one row per submitted review and criterion, and one row per
/// declared conflict (without scores). Reviews still open are not exported.
/// </summary>
internal static class ScoresExport
{
    private static readonly string[] Columns =
    [
        "reference", "title", "applicant", "assignment", "reviewer", "stage", "conflict_note", "submitted_at", "recommendation", "weighted_score",
        "criterion_key", "criterion", "weight", "score", "comment", "overall_comment",
    ];

    public static void MapScoresExport(this WebApplication app) =>
        app.MapGet("/funding/calls/{id:int}/scores.csv", async (int id, HttpContext context, ApplicationDesk applications, FundingReviewDesk reviews, ReviewBook book, UserManager<AppUser> users, CancellationToken cancellationToken) =>
        {
            var (call, isStaff) = await reviews.CallForStaffAsync(context.User, id, cancellationToken);
            if (call is null)
            {
                return Results.NotFound();
            }

            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Challenge();
            }

            if (!isStaff)
            {
                return Results.Forbid();
            }

            var byId = (await applications.OfCallAsync(id, cancellationToken)).ToDictionary(a => a.Id);
            var assignments = await book.OfRoundAsync(ReviewCriteria.SubjectKind, id, cancellationToken);
            var names = await ReviewStaffApi.ReviewerNamesAsync(assignments, users, cancellationToken);
            var criteria = ReviewCriteria.Of(call, english: false);
            var csv = new StringBuilder();
            CsvCells.AppendRow(csv, Columns);
            foreach (var assignment in assignments.Where(a => a.Stage is ReviewStage.Submitted or ReviewStage.Conflict && byId.ContainsKey(a.SubjectId)))
            {
                var application = byId[assignment.SubjectId];
                string[] review =
                [
                    application.ReferenceNumber ?? "", application.Title, application.ApplicantName, assignment.Id.ToString(CultureInfo.InvariantCulture),
                    assignment.ReviewerId is { } reviewer ? names.GetValueOrDefault(reviewer, "") : "", assignment.Stage.ToString(), assignment.ConflictNote ?? "",
                    assignment.SubmittedAt is { } at ? BerlinTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
                    assignment.Recommendation?.ToString() ?? "", Number(assignment.Counts ? ReviewRanking.WeightedScore(assignment, criteria) : null),
                ];
                if (assignment.Stage == ReviewStage.Conflict)
                {
                    CsvCells.AppendRow(csv, [.. review, "", "", "", "", "", ""]);
                    continue;
                }

                foreach (var criterion in criteria)
                {
                    var score = assignment.Scores.FirstOrDefault(s => s.CriterionKey == criterion.Key);
                    CsvCells.AppendRow(csv,
                    [
                        .. review, criterion.Key, criterion.Label, criterion.Weight.ToString(CultureInfo.InvariantCulture),
                        score?.Score.ToString(CultureInfo.InvariantCulture) ?? "", score?.Comment ?? "", assignment.Comment ?? "",
                    ]);
                }
            }

            return CsvCells.Download(context, csv, $"funding-call-{id}-scores.csv");
        }).ExcludeFromDescription();

    private static string Number(decimal? value) => value is { } number ? number.ToString("0.00", CultureInfo.InvariantCulture) : "";
}

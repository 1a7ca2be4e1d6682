using Microsoft.AspNetCore.Http.HttpResults;

namespace SmartRegion.Modules.Funding.Calls;

public sealed record CriterionDto(string Key, string NameDe, string? NameEn, int Weight, string? DescriptionDe, string? DescriptionEn);

public sealed record FormFieldDto(string Key, string Kind, string LabelDe, string? LabelEn, bool Required, decimal? Min, decimal? Max, List<string> Options);

public sealed record CallDto(
    int Id, int AreaId, string Phase, string TitleDe, string? TitleEn, string DescriptionDe, string? DescriptionEn, List<string> FieldKeys, List<string> ApplicantTypes,
    List<int> EligibleAreaIds, decimal TotalBudget, decimal MinGrant, decimal MaxGrant, decimal? MinOwnContributionPercent, DateTime OpensAt, DateTime ClosesAt,
    int MaxProjectMonths, int? InterimReportMonths, bool FinalReportAtProjectEnd, List<CriterionDto> Criteria, List<FormFieldDto> FormFields);

/// <summary>Published calls as JSON; drafts stay invisible here as on the pages.</summary>
internal static class CallsApi
{
    public static void MapCallsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/funding/calls").WithTags("Funding");
        api.MapGet("/", ListAsync).WithName("ListFundingCalls")
            .WithSummary("Published calls of the funding pot, the soonest closing first, each with its phase (Upcoming, Open, Closed). Times are UTC.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetFundingCall")
            .WithSummary("One published call with its rules, review criteria and application form.");
    }

    private static async Task<Ok<List<CallDto>>> ListAsync(CallCatalog catalog, CancellationToken cancellationToken)
    {
        var calls = await catalog.PublishedAsync(cancellationToken);
        return TypedResults.Ok(calls.Select(c => ToDto(c, catalog.Now)).ToList());
    }

    private static async Task<Results<Ok<CallDto>, ProblemHttpResult>> GetAsync(int id, CallCatalog catalog, CancellationToken cancellationToken)
    {
        var call = await catalog.FindAsync(id, cancellationToken);
        return call is null || call.Status != CallStatus.Published
            ? TypedResults.Problem($"There is no published call {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(ToDto(call, catalog.Now));
    }

    public static CallDto ToDto(FundingCall c, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Id, c.AreaId, c.PhaseAt(now).ToString(), c.TitleDe, c.TitleEn, c.DescriptionDe, c.DescriptionEn, [.. c.FieldKeys], [.. c.ApplicantTypes.Select(t => t.ToString())],
            [.. c.EligibleAreaIds], c.TotalBudget, c.MinGrant, c.MaxGrant, c.MinOwnContributionPercent, c.OpensAt, c.ClosesAt, c.MaxProjectMonths, c.InterimReportMonths,
            c.FinalReportAtProjectEnd,
            [.. c.Criteria.Select((k, i) => new CriterionDto(Review.ReviewCriteria.KeyOf(k, i), k.NameDe, k.NameEn, k.Weight, k.DescriptionDe, k.DescriptionEn))],
            [.. c.FormFields.Select(f => new FormFieldDto(f.Key, f.Kind.ToString(), f.LabelDe, f.LabelEn, f.Required, f.Min, f.Max, [.. f.Options]))]);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Measures;

public sealed record MeasureSummaryDto(
    int Id, int AreaId, string? FieldKey, string TitleDe, string? TitleEn, string Status, string ResponsibleBody, decimal? BudgetEuro, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record StatusChangeDto(string Status, DateTime At, string ExplanationDe, string? ExplanationEn);

public sealed record LinkedIdeaDto(int Id, string? Title, string Status, string Url);

public sealed record LinkedSurveyDto(int Id, string Url);

public sealed record MeasureDto(
    int Id, int AreaId, string? FieldKey, string TitleDe, string? TitleEn, string DescriptionDe, string? DescriptionEn, string ResponsibleBody,
    decimal? BudgetEuro, string Status, DateTime CreatedAt, DateTime UpdatedAt,
    List<StatusChangeDto> Timeline, List<LinkedIdeaDto> Ideas, List<LinkedSurveyDto> Surveys, List<string> Photos);

/// <summary>The measures register as JSON, with the same permissions as its pages.</summary>
internal static class MeasuresApi
{
    public static void MapMeasuresApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation/measures").WithTags("Participation");
        api.MapGet("/", ListAsync).WithName("ListMeasures").Produces<List<MeasureSummaryDto>>()
            .WithSummary("Immediate measures, last changed first. area (slug) includes the areas below it; field is a field key; status is Planned, InProgress, Done or Stopped.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetMeasure")
            .WithSummary("One measure with its status timeline, the ideas it came from, linked surveys and photos.");
        api.MapPost("/", CreateAsync).WithName("CreateMeasure").Produces<MeasureDto>(StatusCodes.Status201Created)
            .WithSummary("Creates a measure (status Planned). Editors of the area.")
            .RequireAuthorization().WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPut("/{id:int}", UpdateAsync).WithName("UpdateMeasure").Produces<MeasureDto>()
            .WithSummary("Replaces a measure's details. Editors of its area (and of the new area, when it moves).")
            .RequireAuthorization().WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
        api.MapPost("/{id:int}/status", ChangeStatusAsync).WithName("ChangeMeasureStatus").Produces<MeasureDto>()
            .WithSummary("Adds a status change with its explanation; followers of the measure and of its ideas are notified. Editors of the area.")
            .RequireAuthorization().WithMetadata(new RateLimitedWritesAttribute(RateLimitedWrite.ResidentWrite));
    }

    private static async Task<IResult> ListAsync(MeasureRegister register, RegionDirectory directory, string? area, string? field, string? status, CancellationToken cancellationToken)
    {
        int? areaId = null;
        if (!string.IsNullOrEmpty(area))
        {
            areaId = await directory.AreaIdAsync(area, cancellationToken);
            if (areaId is null)
            {
                return TypedResults.Problem($"area: there is no area '{area}'.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            }
        }

        MeasureStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<MeasureStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return TypedResults.Problem(
                    $"status: '{status}' is not a measure status. Known: {string.Join(", ", Enum.GetNames<MeasureStatus>())}.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            }

            wanted = parsed;
        }

        var measures = await register.ListAsync(areaId, field, wanted, cancellationToken);
        return TypedResults.Ok(measures.Select(ToSummary).ToList());
    }

    private static async Task<Results<Ok<MeasureDto>, ProblemHttpResult>> GetAsync(int id, MeasureRegister register, UploadedImages images, CancellationToken cancellationToken)
    {
        var measure = await register.FindAsync(id, cancellationToken);
        return measure is null ? NotFound(id) : TypedResults.Ok(await ToDtoAsync(measure, register, images, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(
        MeasureInput input, ClaimsPrincipal user, MeasureRegister register, ParticipationAccess access, UploadedImages images, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var errors = await ErrorsAsync(input, register, texts, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await access.IsEditorAsync(user, input.AreaId!.Value, cancellationToken))
        {
            return Forbidden();
        }

        var measure = await register.CreateAsync(input, ParticipationAccess.AccountId(user), cancellationToken);
        return TypedResults.Created(MeasureRegister.LinkTo(measure.Id), await ToDtoAsync(measure, register, images, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(
        int id, MeasureInput input, ClaimsPrincipal user, MeasureRegister register, ParticipationAccess access, UploadedImages images, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var measure = await register.FindAsync(id, cancellationToken);
        if (measure is null)
        {
            return NotFound(id);
        }

        if (!await access.IsEditorAsync(user, measure.AreaId, cancellationToken))
        {
            return Forbidden();
        }

        var errors = await ErrorsAsync(input, register, texts, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await access.IsEditorAsync(user, input.AreaId!.Value, cancellationToken))
        {
            return Forbidden();
        }

        await register.UpdateAsync(measure, input, cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(measure, register, images, cancellationToken));
    }

    private static async Task<IResult> ChangeStatusAsync(
        int id, StatusChangeInput input, ClaimsPrincipal user, MeasureRegister register, ParticipationAccess access, UploadedImages images, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var measure = await register.FindAsync(id, cancellationToken);
        if (measure is null)
        {
            return NotFound(id);
        }

        if (!await access.IsEditorAsync(user, measure.AreaId, cancellationToken))
        {
            return Forbidden();
        }

        var errors = InputErrors.Of(input, texts);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await register.ChangeStatusAsync(measure, input, ParticipationAccess.AccountId(user), cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(measure, register, images, cancellationToken));
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(MeasureInput input, MeasureRegister register, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var errors = InputErrors.Of(input, texts);
        foreach (var (property, message) in await register.ReferenceErrorsAsync(input, cancellationToken))
        {
            InputErrors.Add(errors, property, message);
        }

        return errors;
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"There is no measure {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem("Only editors of the measure's area may do this.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    private static MeasureSummaryDto ToSummary(Measure m) =>
        new(m.Id, m.AreaId, m.FieldKey, m.TitleDe, m.TitleEn, m.Status.ToString(), m.ResponsibleBody, m.BudgetEuro, m.CreatedAt, m.UpdatedAt);

    private static async Task<MeasureDto> ToDtoAsync(Measure m, MeasureRegister register, UploadedImages images, CancellationToken cancellationToken)
    {
        var timeline = await register.TimelineAsync(m.Id, cancellationToken);
        var ideas = await register.IdeasAsync(m.Id, cancellationToken);
        var surveys = await register.SurveysAsync(m.Id, cancellationToken);
        var photos = await images.OfAsync(MeasureRegister.ImageOwnerKind, m.Id, cancellationToken);
        return new MeasureDto(
            m.Id, m.AreaId, m.FieldKey, m.TitleDe, m.TitleEn, m.DescriptionDe, m.DescriptionEn, m.ResponsibleBody, m.BudgetEuro, m.Status.ToString(), m.CreatedAt, m.UpdatedAt,
            [.. timeline.Select(c => new StatusChangeDto(c.Status.ToString(), c.At, c.ExplanationDe, c.ExplanationEn))],
            [.. ideas.Select(i => new LinkedIdeaDto(i.Id, i.Title, i.Status.ToString(), $"/participation/ideas/{i.Id}"))],
            [.. surveys.Select(s => new LinkedSurveyDto(s, $"/participation/surveys/{s}"))],
            [.. photos.Select(p => p.Url)]);
    }
}

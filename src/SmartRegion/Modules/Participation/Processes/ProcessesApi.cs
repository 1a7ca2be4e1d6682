using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Processes;

public sealed record PhaseDto(
    int Id, string Kind, string TitleDe, string? TitleEn, string? DescriptionDe, string? DescriptionEn,
    DateTime StartsAt, DateTime EndsAt, bool IsCurrent, IReadOnlyList<string> Components);

public sealed record ProcessSummaryDto(
    string Slug, string Area, string? Field, string TitleDe, string? TitleEn, string SummaryDe, string? SummaryEn,
    bool IsPublished, PhaseDto? CurrentPhase);

public sealed record ProcessListDto(IReadOnlyList<ProcessSummaryDto> Items, int Page, int PageSize, int Total);

public sealed record ProcessDto(
    string Slug, string Area, string? Field, string TitleDe, string? TitleEn, string SummaryDe, string? SummaryEn,
    string? DescriptionDe, string? DescriptionEn, bool AllowsAnonymous, bool IsPublished, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<PhaseDto> Phases, PhaseDto? CurrentPhase, IReadOnlyList<string> OpenComponents);

/// <summary>A phase as a client sends it; times are absolute (UTC or with an offset).</summary>
public sealed record PhaseWriteDto(
    string? Kind, string? TitleDe, string? TitleEn, string? DescriptionDe, string? DescriptionEn,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, bool SurveysOpen, bool IdeasOpen, bool CommentsOpen, bool SupportsOpen);

/// <summary>A process as a client sends it. <see cref="Phases"/> null on PUT keeps the phases as they are.</summary>
public sealed record ProcessWriteDto(
    string? Area, string? Field, string? TitleDe, string? TitleEn, string? SummaryDe, string? SummaryEn,
    string? DescriptionDe, string? DescriptionEn, bool AllowsAnonymous, bool IsPublished, IReadOnlyList<PhaseWriteDto>? Phases);

/// <summary>
/// <c>/api/participation/processes</c>: the published processes for everyone; creating and changing for the
/// area's editors, signed in with their session, under the same rules as the pages.
/// </summary>
internal static class ProcessesApi
{
    public static void MapProcessesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/participation/processes").WithTags("Participation");
        api.MapGet("/", ListAsync)
            .WithName("ListProcesses")
            .WithSummary("Published participation processes, newest first; filter by area (with the areas below it) and field; page and pageSize (at most 100).");
        api.MapGet("/{slug}", GetAsync)
            .WithName("GetProcess")
            .WithSummary("One process with its phases and the components open now. Drafts only for the area's editors.");
        api.MapPost("/", CreateAsync)
            .WithName("CreateProcess")
            .WithSummary("Creates a process in an area the signed-in editor holds. 400 with field errors, 403 for another area.")
            .RequireAuthorization();
        api.MapPut("/{slug}", UpdateAsync)
            .WithName("UpdateProcess")
            .WithSummary("Changes a process of the signed-in editor's area; phases given replace the phases.")
            .RequireAuthorization();
    }

    private static async Task<IResult> ListAsync(
        SmartRegionDb db, RegionDirectory directory, TimeProvider clock, string? area, string? field, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        int? areaId = null;
        if (!string.IsNullOrEmpty(area))
        {
            areaId = (await directory.ChoicesAsync(cancellationToken)).Find(a => a.Slug == area)?.Id;
            if (areaId is null)
            {
                return TypedResults.Problem($"area: there is no area '{area}'.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            }
        }

        if (page is < 1 || pageSize is < 1 or > ProcessQueries.MaxPageSize)
        {
            return TypedResults.Problem($"page must be 1 or more, pageSize between 1 and {ProcessQueries.MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var result = await ProcessQueries.PublishedAsync(db, directory, areaId, field, page ?? 1, pageSize ?? ProcessQueries.DefaultPageSize, now, cancellationToken);
        var items = result.Items.Select(i => new ProcessSummaryDto(
            i.Process.Slug, i.Area?.Slug ?? "", i.Process.FieldKey, i.Process.TitleDe, i.Process.TitleEn, i.Process.SummaryDe, i.Process.SummaryEn,
            i.Process.IsPublished, i.CurrentPhase is null ? null : ToDto(i.CurrentPhase, now))).ToList();
        return TypedResults.Ok(new ProcessListDto(items, result.Page, result.PageSize, result.Total));
    }

    private static async Task<IResult> GetAsync(
        string slug, SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var process = await ProcessQueries.BySlugAsync(db, slug, tracked: false, cancellationToken);
        if (process is null || (!process.IsPublished && !await access.IsEditorAsync(user, process.AreaId, cancellationToken)))
        {
            return NotFound(slug);
        }

        return TypedResults.Ok(await ToDtoAsync(process, directory, clock.GetUtcNow().UtcDateTime, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(
        ProcessWriteDto body, SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, ClaimsPrincipal user,
        IStringLocalizer<SharedTexts> texts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (areaId, refusal) = await AreaAsync(body.Area, directory, access, user, texts, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (draft, phases, errors) = await CheckAsync(body, directory, texts, cancellationToken);
        if (errors.Count > 0)
        {
            return ValidationProblem(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var process = new Process
        {
            AreaId = areaId,
            Slug = await ProcessRules.NewSlugAsync(db, draft.TitleDe!, cancellationToken),
            CreatedBy = ParticipationAccess.AccountId(user),
            CreatedAt = now,
            UpdatedAt = now,
        };
        ProcessRules.Apply(process, draft);
        ProcessRules.ReplacePhases(process, phases ?? []);
        db.Add(process);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/participation/processes/{process.Slug}", await ToDtoAsync(process, directory, now, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(
        string slug, ProcessWriteDto body, SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, ClaimsPrincipal user,
        IStringLocalizer<SharedTexts> texts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var process = await ProcessQueries.BySlugAsync(db, slug, tracked: true, cancellationToken);
        if (process is null)
        {
            return NotFound(slug);
        }

        if (!await access.IsEditorAsync(user, process.AreaId, cancellationToken))
        {
            return Forbidden();
        }

        var (areaId, refusal) = await AreaAsync(body.Area, directory, access, user, texts, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (draft, phases, errors) = await CheckAsync(body, directory, texts, cancellationToken);
        if (errors.Count > 0)
        {
            return ValidationProblem(errors);
        }

        process.AreaId = areaId;
        ProcessRules.Apply(process, draft);
        if (phases is not null)
        {
            // A client replacing the phases sends them without ids: all old phases go, the new ones come.
            ProcessRules.ReplacePhases(process, phases);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        process.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(process, directory, now, cancellationToken));
    }

    /// <summary>The area by slug: missing or unknown is a field error, one the caller does not edit a 403.</summary>
    private static async Task<(int AreaId, IResult? Refusal)> AreaAsync(
        string? slug, RegionDirectory directory, ParticipationAccess access, ClaimsPrincipal user, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var area = string.IsNullOrWhiteSpace(slug) ? null : (await directory.ChoicesAsync(cancellationToken)).Find(a => a.Slug == slug);
        if (area is null)
        {
            var message = string.IsNullOrWhiteSpace(slug) ? texts["Validation.Required", texts["Processes.Field.Area"]] : texts["Processes.AreaUnknown"];
            return (0, ValidationProblem([new FieldError("Area", message)]));
        }

        return await access.IsEditorAsync(user, area.Id, cancellationToken) ? (area.Id, null) : (0, Forbidden());
    }

    private static async Task<(ProcessDraft Draft, List<PhaseDraft>? Phases, List<FieldError> Errors)> CheckAsync(
        ProcessWriteDto body, RegionDirectory directory, IStringLocalizer<SharedTexts> texts, CancellationToken cancellationToken)
    {
        var draft = new ProcessDraft(body.Field, body.TitleDe, body.TitleEn, body.SummaryDe, body.SummaryEn, body.DescriptionDe, body.DescriptionEn, body.AllowsAnonymous, body.IsPublished);
        var errors = await ProcessRules.CheckProcessAsync(draft, directory, texts, cancellationToken);
        List<PhaseDraft>? phases = null;
        if (body.Phases is not null)
        {
            phases = [];
            for (var i = 0; i < body.Phases.Count; i++)
            {
                var phase = body.Phases[i];
                var kind = PhaseKind.Information;
                if (phase.Kind is null || !Enum.TryParse(phase.Kind, ignoreCase: true, out kind) || int.TryParse(phase.Kind, out _))
                {
                    errors.Add(new FieldError($"Phases[{i}].Kind", texts["Processes.PhaseKindUnknown"]));
                }

                if (phase.StartsAt is null)
                {
                    errors.Add(new FieldError($"Phases[{i}].StartsAt", texts["Validation.Required", texts["Processes.Phase.StartsAt"]]));
                }

                if (phase.EndsAt is null)
                {
                    errors.Add(new FieldError($"Phases[{i}].EndsAt", texts["Validation.Required", texts["Processes.Phase.EndsAt"]]));
                }

                phases.Add(new PhaseDraft(null, kind, phase.TitleDe, phase.TitleEn, phase.DescriptionDe, phase.DescriptionEn,
                    phase.StartsAt?.UtcDateTime, phase.EndsAt?.UtcDateTime, phase.SurveysOpen, phase.IdeasOpen, phase.CommentsOpen, phase.SupportsOpen));
            }

            errors.AddRange(ProcessRules.CheckPhases(phases, texts));
        }

        return (draft, phases, errors);
    }

    private static async Task<ProcessDto> ToDtoAsync(Process process, RegionDirectory directory, DateTime now, CancellationToken cancellationToken)
    {
        var area = (await directory.ChoicesAsync(cancellationToken)).Find(a => a.Id == process.AreaId);
        var phases = process.Phases.OrderBy(p => p.SortOrder).ThenBy(p => p.StartsAt).ToList();
        var current = ProcessPhases.Current(phases, now);
        return new ProcessDto(
            process.Slug, area?.Slug ?? "", process.FieldKey, process.TitleDe, process.TitleEn, process.SummaryDe, process.SummaryEn,
            process.DescriptionDe, process.DescriptionEn, process.AllowsAnonymous, process.IsPublished,
            Utc(process.CreatedAt), Utc(process.UpdatedAt), [.. phases.Select(p => ToDto(p, now))],
            current is null ? null : ToDto(current, now),
            process.IsPublished ? [.. ProcessPhases.OpenComponents(current).Select(Name)] : []);
    }

    private static PhaseDto ToDto(Phase phase, DateTime now) => new(
        phase.Id, phase.Kind.ToString(), phase.TitleDe, phase.TitleEn, phase.DescriptionDe, phase.DescriptionEn,
        Utc(phase.StartsAt), Utc(phase.EndsAt), phase.IsCurrentAt(now), [.. ProcessPhases.OpenComponents(phase).Select(Name)]);

    private static string Name(Component component) => JsonNamingPolicy.CamelCase.ConvertName(component.ToString());

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static ProblemHttpResult NotFound(string slug) =>
        TypedResults.Problem($"There is no process '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem("Only the editors of the process's area may do this.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    /// <summary>RFC 9457 problem details with the messages by field, named as in the JSON body (<c>titleDe</c>, <c>phases[0].endsAt</c>).</summary>
    private static ValidationProblem ValidationProblem(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Invalid process");

    private static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}

using Microsoft.AspNetCore.Http.HttpResults;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Pilots;

public sealed record PilotSummaryDto(int Id, string Title, int AreaId, string AreaName, List<string> FieldKeys, decimal GrantedAmount, string Status, DateOnly StartsOn, DateOnly EndsOn, string Url);

public sealed record PilotMilestoneDto(string Title, DateOnly? Due, string Status, string? Note);

public sealed record PilotBudgetLineDto(string Category, decimal Planned, decimal? Spent);

public sealed record PilotKpiDto(string Label, long DatastreamId, string? Name, string? Unit, string DatastreamUrl, string ObservationsUrl);

public sealed record PilotResultDto(string FieldKey, string Text);

public sealed record PilotReportDto(string Kind, DateOnly DueOn, DateTime SubmittedAt, string Narrative, string Url);

public sealed record PilotDto(
    int Id, string Title, string Summary, int AreaId, string AreaName, List<string> FieldKeys, decimal GrantedAmount, string Status, string? StopReason,
    DateOnly StartsOn, DateOnly EndsOn, List<string> Team, List<PilotMilestoneDto> Milestones, List<PilotBudgetLineDto> Budget, decimal PlannedTotal, decimal? SpentTotal,
    List<PilotKpiDto> Kpis, List<PilotResultDto> Results, List<PilotReportDto> Reports, string Url);

/// <summary>The funded pilots as JSON, public like their pages. Amounts in euros, dates as <c>yyyy-MM-dd</c>, times in UTC.</summary>
internal static class PilotsApi
{
    public static void MapPilotsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/funding/pilots").WithTags("Funding");
        api.MapGet("/", ListAsync).WithName("ListFundingPilots")
            .WithSummary("Funded pilots, newest first; optional filters field (a field key, see /api/fields) and area (an area slug, the areas below it included).");
        api.MapGet("/{id:int}", GetAsync).WithName("GetFundingPilot")
            .WithSummary("One pilot: summary, team (display names), milestones with their status, planned and spent money per budget category, KPI Datastreams, results per field and the submitted reports.");
    }

    private static async Task<Ok<List<PilotSummaryDto>>> ListAsync(string? field, string? area, PilotViews views, RegionDirectory directory, HttpContext context, CancellationToken cancellationToken)
    {
        var pilots = await views.ListAsync(field, area, cancellationToken);
        var areas = await directory.LookupAsync(pilots.Select(p => p.AreaId), cancellationToken);
        return TypedResults.Ok(pilots.Select(p => new PilotSummaryDto(
            p.Id, p.Title, p.AreaId, areas.GetValueOrDefault(p.AreaId, ""), [.. p.Fields.Select(f => f.FieldKey)], p.GrantedAmount, p.Status.ToString(), p.StartsOn, p.EndsOn,
            PublicUrl.For(context, PilotCatalog.LinkTo(p.Id)))).ToList());
    }

    private static async Task<Results<Ok<PilotDto>, ProblemHttpResult>> GetAsync(int id, PilotCatalog catalog, PilotViews views, HttpContext context, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } pilot)
        {
            return TypedResults.Problem($"There is no pilot {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var view = await views.OfAsync(pilot, cancellationToken);
        string Url(string path) => PublicUrl.For(context, path);
        return TypedResults.Ok(new PilotDto(
            pilot.Id, pilot.Title, pilot.Summary, pilot.AreaId, view.AreaName, [.. pilot.Fields.Select(f => f.FieldKey)], pilot.GrantedAmount, pilot.Status.ToString(), pilot.StopReason,
            pilot.StartsOn, pilot.EndsOn, [.. view.Team.Select(m => m.DisplayName)],
            [.. view.Milestones.Select(m => new PilotMilestoneDto(m.Title, m.Due, m.Status.ToString(), m.Note))],
            [.. view.Budget.Select(b => new PilotBudgetLineDto(b.Category, b.Planned, b.Spent))], view.PlannedTotal, view.SpentTotal,
            [.. view.Kpis.Select(k => new PilotKpiDto(k.Kpi.Label, k.Kpi.DatastreamId, k.Datastream?.Name, k.Datastream?.Unit, Url(k.DatastreamPath), Url(k.ObservationsPath)))],
            [.. view.Results.Select(r => new PilotResultDto(r.Field.Key, r.Text))],
            [.. view.SubmittedReports.Select(r => new PilotReportDto(r.Kind.ToString(), r.DueOn, r.SubmittedAt!.Value, r.Narrative, Url(PilotCatalog.ReportLink(pilot.Id, r.Id))))],
            Url(PilotCatalog.LinkTo(pilot.Id))));
    }
}

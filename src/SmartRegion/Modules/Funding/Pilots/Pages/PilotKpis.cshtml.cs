using Microsoft.AspNetCore.Mvc;
using SmartRegion.Modules.Sensing.Queries;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>The team links Datastreams of the platform as the pilot's KPIs: a search finds them by name, each gets a short label.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class PilotKpisModel(PilotCatalog catalog, PilotViews views, PilotOutcomes outcomes, DatastreamDirectory datastreams) : PilotPageModel(catalog)
{
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<DatastreamInfo> Found { get; private set; } = [];

    public IReadOnlyList<KpiView> Linked { get; private set; } = [];

    [BindProperty]
    public string? DatastreamId { get; set; }

    [BindProperty]
    public string? Label { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Found = string.IsNullOrWhiteSpace(Search) ? [] : await datastreams.SearchAsync(Search, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(PilotCatalog.LinkTo(id));
        }

        var outcome = await outcomes.AddKpiAsync(Pilot, DatastreamId, Label, cancellationToken);
        if (outcome.Succeeded)
        {
            return DoneAt($"{PilotCatalog.LinkTo(id)}/kpis", "kpis");
        }

        AddErrors(outcome, key => key);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int kpi, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await outcomes.RemoveKpiAsync(Pilot, kpi, cancellationToken);
        return DoneAt($"{PilotCatalog.LinkTo(id)}/kpis", "kpis");
    }

    private async Task<IActionResult?> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, role => role.CanReport, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Linked = (await views.OfAsync(Pilot, cancellationToken)).Kpis;
        return null;
    }
}

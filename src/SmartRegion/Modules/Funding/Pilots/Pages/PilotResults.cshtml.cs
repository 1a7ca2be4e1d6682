using Microsoft.AspNetCore.Mvc;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Funding.Pilots.Pages;

/// <summary>The team states, per innovation or action field of the strategy, what the pilot achieved there.</summary>
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class PilotResultsModel(PilotCatalog catalog, PilotOutcomes outcomes, RegionDirectory directory) : PilotPageModel(catalog)
{
    /// <summary>The text per field key; every field of the strategy has an entry, so the form shows them all.</summary>
    [BindProperty]
    public Dictionary<string, string?> Results { get; set; } = [];

    public List<FieldInfo> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var stored = await Catalog.ResultsAsync(id, cancellationToken);
        Results = Fields.ToDictionary(f => f.Key, f => stored.SingleOrDefault(r => r.FieldKey == f.Key)?.Text);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Honeypot.IsFilled(Request))
        {
            return Redirect(PilotCatalog.LinkTo(id));
        }

        ModelState.Clear();
        var outcome = await outcomes.SaveResultsAsync(Pilot, Results, cancellationToken);
        if (outcome.Succeeded)
        {
            return DoneAt(PilotCatalog.LinkTo(id), "results");
        }

        AddErrors(outcome, key => $"{nameof(Results)}[{key}]");
        foreach (var field in Fields)
        {
            Results.TryAdd(field.Key, null);
        }

        return Page();
    }

    private async Task<IActionResult?> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, role => role.CanReport, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Fields = await directory.FieldsAsync(cancellationToken);
        return null;
    }
}

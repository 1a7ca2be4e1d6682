using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Funding.Common;

namespace SmartRegion.Modules.Funding.Calls.Pages;

/// <summary>The published calls by phase (open, upcoming, closed); editors also see the calls of their areas, drafts included.</summary>
public sealed class CallsModel(CallCatalog catalog, FundingAccess access) : PageModel
{
    public List<FundingCall> Open { get; private set; } = [];

    public List<FundingCall> Upcoming { get; private set; } = [];

    public List<FundingCall> Closed { get; private set; } = [];

    public List<FundingCall> OfMyAreas { get; private set; } = [];

    public bool IsEditor { get; private set; }

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = catalog.Now;
        var published = await catalog.PublishedAsync(cancellationToken);
        Open = [.. published.Where(c => c.PhaseAt(Now) == CallPhase.Open)];
        Upcoming = [.. published.Where(c => c.PhaseAt(Now) == CallPhase.Upcoming).OrderBy(c => c.OpensAt)];
        Closed = [.. published.Where(c => c.PhaseAt(Now) == CallPhase.Closed).OrderByDescending(c => c.ClosesAt)];
        IsEditor = FundingAccess.IsEditorSomewhere(User);
        if (IsEditor)
        {
            var areas = await access.EditorAreasAsync(User, cancellationToken);
            OfMyAreas = await catalog.OfAreasAsync([.. areas.Select(a => a.Id)], cancellationToken);
        }
    }
}

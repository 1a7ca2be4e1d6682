using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Projects.Makers.Pages;

/// <summary>Staff's queue: the support requests of the areas the signed-in editor looks after.</summary>
[Authorize]
public sealed class QueueModel(SupportDesk desk, MakerCatalog catalog, RegionDirectory directory) : PageModel
{
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    public List<SupportRequest> Requests { get; private set; } = [];

    public Dictionary<int, MakerProfile> Makers { get; private set; } = [];

    public MakerNames Names { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SupportStatus? status = Enum.TryParse<SupportStatus>(Status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Requests = await desk.QueueAsync(User, status, cancellationToken);
        Makers = await catalog.ProfilesAsync(Requests.Select(r => r.ProfileId), cancellationToken);
        Names = await MakerNames.LoadAsync(directory, cancellationToken);
    }
}

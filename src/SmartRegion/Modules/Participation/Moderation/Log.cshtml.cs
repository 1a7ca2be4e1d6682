using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>One line of the audit log with the names to show.</summary>
public sealed record LogLine(ModerationLogEntry Entry, string AreaName, string? ModeratorName, string? AccountName);

/// <summary>
/// Every moderation action of the areas the person moderates (editors and admins included), newest first,
/// filterable by area and action, a page at a time.
/// </summary>
[Authorize]
public sealed class LogModel(SmartRegionDb db, ModeratorAreas moderatorAreas, ParticipationAccess access, RegionDirectory directory) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<LogLine> Lines { get; private set; } = [];

    public List<AreaChoice> AreaChoices { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModeratorAreas.ModeratesSomewhere(User))
        {
            return Forbid();
        }

        var loggedAreas = await db.Set<ModerationLogEntry>().Select(e => e.AreaId).Distinct().ToListAsync(cancellationToken);
        if (Area is { } area && !await access.IsModeratorAsync(User, area, cancellationToken))
        {
            return Forbid();
        }

        var moderated = await moderatorAreas.AmongAsync(User, loggedAreas, cancellationToken);

        PageNumber = Math.Max(1, PageNumber);
        var query = db.Set<ModerationLogEntry>().AsNoTracking().Where(e => moderated.Contains(e.AreaId));
        if (Area is { } filterArea)
        {
            // An area's log includes its towns and neighbourhoods, as a moderator's right does.
            var within = await directory.AreaAndBelowAsync(filterArea, cancellationToken);
            query = query.Where(e => within.Contains(e.AreaId));
        }

        if (!string.IsNullOrEmpty(Action) && ModerationAction.All.Contains(Action))
        {
            query = query.Where(e => e.Action == Action);
        }

        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNextPage = entries.Count > PageSize;
        entries = [.. entries.Take(PageSize)];

        var people = entries.SelectMany(e => new[] { e.ModeratorId, e.AccountId }).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var areaNames = await directory.LookupAsync(moderated, cancellationToken);
        Lines = [.. entries.Select(e => new LogLine(
            e,
            areaNames.GetValueOrDefault(e.AreaId) ?? "",
            e.ModeratorId is { } m ? names.GetValueOrDefault(m) : null,
            e.AccountId is { } a ? names.GetValueOrDefault(a) : null))];
        AreaChoices = [.. (await directory.ChoicesAsync(cancellationToken)).Where(c => moderated.Contains(c.Id) || c.Id == Area)];
        return Page();
    }

    /// <summary>The address of another page of the same filter.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Area is { } area)
        {
            query.Add($"area={area}");
        }

        if (!string.IsNullOrEmpty(Action))
        {
            query.Add($"action={Uri.EscapeDataString(Action)}");
        }

        query.Add($"page={page}");
        return "/participation/moderation/log?" + string.Join('&', query);
    }
}

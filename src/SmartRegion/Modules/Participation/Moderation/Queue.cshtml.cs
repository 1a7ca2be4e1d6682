using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>One reported contribution in the queue with its open reports.</summary>
public sealed record QueueEntry(ModeratedItem Item, string AreaName, int ReportCount, DateTime FirstReportedAt, IReadOnlyList<string> Reasons);

/// <summary>
/// The open reports of the areas the person moderates, one entry per contribution, oldest first; and the
/// blocks in force there, which can be lifted here.
/// </summary>
[Authorize]
public sealed class QueueModel(
    SmartRegionDb db, ModeratedContents contents, ModerationActions actions, ModeratorAreas moderatorAreas, ParticipationAccess access, RegionDirectory directory) : PageModel
{
    /// <summary>A long queue is worked from the top; more than this is shown after the first are resolved.</summary>
    private const int MaxEntries = 100;

    public List<QueueEntry> Entries { get; private set; } = [];

    public BlockTableView Blocks { get; private set; } = new([], new Dictionary<int, string>(), new Dictionary<Guid, string>(), ShowAccount: true);

    [BindProperty(SupportsGet = true)]
    public bool Lifted { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModeratorAreas.ModeratesSomewhere(User))
        {
            return Forbid();
        }

        var openAreas = await db.Set<ContentFlag>().Where(f => f.ResolvedAt == null).Select(f => f.AreaId).Distinct().ToListAsync(cancellationToken);
        var blocks = await actions.ActiveBlocks().AsNoTracking().ToListAsync(cancellationToken);
        var moderated = await moderatorAreas.AmongAsync(User, openAreas.Concat(blocks.Select(b => b.AreaId)), cancellationToken);

        var groups = (await db.Set<ContentFlag>().AsNoTracking()
                .Where(f => f.ResolvedAt == null && moderated.Contains(f.AreaId))
                .OrderBy(f => f.CreatedAt)
                .Select(f => new { f.ContentKind, f.ContentId, f.AreaId, f.CreatedAt, f.Reason })
                .ToListAsync(cancellationToken))
            .GroupBy(f => (f.ContentKind, f.ContentId))
            .Take(MaxEntries)
            .ToList();
        blocks = [.. blocks.Where(b => moderated.Contains(b.AreaId))];
        var areaNames = await directory.LookupAsync(groups.Select(g => g.First().AreaId).Concat(blocks.Select(b => b.AreaId)), cancellationToken);
        foreach (var group in groups)
        {
            var first = group.First();
            var item = await contents.FindAsync(first.ContentKind, first.ContentId, cancellationToken);
            if (item is not null)
            {
                Entries.Add(new QueueEntry(item, areaNames.GetValueOrDefault(first.AreaId) ?? "", group.Count(), first.CreatedAt, [.. group.Select(f => f.Reason)]));
            }
        }

        var accountIds = blocks.Select(b => b.AccountId).Distinct().ToList();
        var accountNames = await db.Users.Where(u => accountIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Blocks = new BlockTableView(blocks, areaNames, accountNames, ShowAccount: true);
        return Page();
    }

    public async Task<IActionResult> OnPostUnblockAsync(int blockId, string? reason, CancellationToken cancellationToken)
    {
        var block = await db.Set<AccountBlock>().SingleOrDefaultAsync(b => b.Id == blockId, cancellationToken);
        if (block is null)
        {
            return NotFound();
        }

        if (ParticipationAccess.AccountId(User) is not { } moderatorId || !await access.IsModeratorAsync(User, block.AreaId, cancellationToken))
        {
            return Forbid();
        }

        if (block.LiftedAt is null)
        {
            await actions.UnblockAsync(block, moderatorId, reason, cancellationToken);
        }

        return Redirect("/participation/moderation?lifted=true");
    }
}

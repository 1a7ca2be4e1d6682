using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>
/// One reported or hidden contribution with everything a moderator of its area may do about it: hide,
/// restore, dismiss the reports, block the author. A moderator of another area is turned away.
/// </summary>
[Authorize]
public sealed class ReviewModel(
    SmartRegionDb db,
    ModeratedContents contents,
    ModerationActions actions,
    ParticipationAccess access,
    RegionDirectory directory,
    TimeProvider clock,
    IStringLocalizer<SharedTexts> texts) : PageModel
{
    public const int MaxReasonLength = 1000;

    public static readonly IReadOnlyList<string> Periods = ["1", "7", "30", "date"];

    [BindProperty]
    public string? HideReason { get; set; }

    [BindProperty]
    public string? RestoreReason { get; set; }

    [BindProperty]
    public string? DismissReason { get; set; }

    [BindProperty]
    public string? BlockReason { get; set; }

    [BindProperty]
    public string? BlockPeriod { get; set; }

    [BindProperty]
    public string? BlockUntil { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public ModeratedItem Item { get; private set; } = default!;

    public IReadOnlyDictionary<int, string> AreaNames { get; private set; } = new Dictionary<int, string>();

    public string? AuthorName { get; private set; }

    public List<ContentFlag> OpenFlags { get; private set; } = [];

    public List<AccountBlock> AuthorBlocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kind, long id, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostHideAsync(string kind, long id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, moderatorId =>
        {
            var reason = RequiredReason(nameof(HideReason), HideReason, "Moderation.HideReason");
            return reason is null ? null : actions.HideAsync(Item, moderatorId, reason, cancellationToken);
        }, ModerationAction.Hide);

    public Task<IActionResult> OnPostRestoreAsync(string kind, long id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, moderatorId => OptionalReason(nameof(RestoreReason), RestoreReason, "Moderation.RestoreReason", out var reason)
            ? actions.RestoreAsync(Item, moderatorId, reason, cancellationToken)
            : null, ModerationAction.Restore);

    public Task<IActionResult> OnPostDismissAsync(string kind, long id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, moderatorId => OptionalReason(nameof(DismissReason), DismissReason, "Moderation.DismissReason", out var reason)
            ? actions.DismissAsync(Item, moderatorId, reason, cancellationToken)
            : null, ModerationAction.Dismiss);

    public Task<IActionResult> OnPostBlockAsync(string kind, long id, CancellationToken cancellationToken) =>
        ActAsync(kind, id, moderatorId =>
        {
            if (Item.AuthorId is not { } authorId)
            {
                ModelState.AddModelError("", texts["Moderation.Refusal.NoAuthor"]);
                return null;
            }

            var reason = RequiredReason(nameof(BlockReason), BlockReason, "Moderation.BlockReason");
            var until = BlockEnd();
            return reason is null || until is null ? null : actions.BlockAsync(authorId, Item.AreaId, until.Value, reason, moderatorId, Item, cancellationToken);
        }, ModerationAction.Block);

    /// <summary>Checks the right, runs the action when its fields are valid, and shows the page again with the errors otherwise.</summary>
    private async Task<IActionResult> ActAsync(string kind, long id, Func<Guid, Task?> act, string action)
    {
        var refusal = await LoadAsync(kind, id, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        var work = act(ParticipationAccess.AccountId(User)!.Value);
        if (work is null)
        {
            return Page();
        }

        await work;
        return Redirect($"/participation/moderation/content/{Uri.EscapeDataString(Item.Kind)}/{Item.Id}?done={action}");
    }

    private async Task<IActionResult?> LoadAsync(string kind, long id, CancellationToken cancellationToken)
    {
        var item = await contents.FindAsync(kind, id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (ParticipationAccess.AccountId(User) is null || !await access.IsModeratorAsync(User, item.AreaId, cancellationToken))
        {
            return Forbid();
        }

        Item = item;
        AuthorName = item.AuthorId is null ? null
            : await db.Users.Where(u => u.Id == item.AuthorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        OpenFlags = await db.Set<ContentFlag>().AsNoTracking()
            .Where(f => f.ContentKind == item.Kind && f.ContentId == item.Id && f.ResolvedAt == null)
            .OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken);
        AuthorBlocks = item.AuthorId is null ? [] : await actions.ActiveBlocks().AsNoTracking()
            .Where(b => b.AccountId == item.AuthorId).ToListAsync(cancellationToken);
        AreaNames = await directory.LookupAsync(AuthorBlocks.Select(b => b.AreaId).Append(item.AreaId), cancellationToken);
        return null;
    }

    private string? RequiredReason(string field, string? value, string labelKey)
    {
        var reason = value?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            ModelState.AddModelError(field, texts["Validation.Required", texts[labelKey]]);
            return null;
        }

        return OptionalReason(field, reason, labelKey, out var checkedReason) ? checkedReason : null;
    }

    private bool OptionalReason(string field, string? value, string labelKey, out string? reason)
    {
        reason = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            ModelState.AddModelError(field, texts["Validation.MaxLength", texts[labelKey], MaxReasonLength]);
            return false;
        }

        return true;
    }

    /// <summary>The moment the block ends: after 1, 7 or 30 days, or at the end of the chosen day (Berlin time).</summary>
    private DateTime? BlockEnd()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        switch (BlockPeriod)
        {
            case "1" or "7" or "30":
                return now.AddDays(int.Parse(BlockPeriod, System.Globalization.CultureInfo.InvariantCulture));
            case "date" when DateOnly.TryParseExact(BlockUntil, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                && BerlinTime.EndOfDay(day) > now:
                return BerlinTime.EndOfDay(day);
            case "date":
                ModelState.AddModelError(nameof(BlockUntil), texts["Moderation.BlockUntilInFuture"]);
                return null;
            default:
                ModelState.AddModelError(nameof(BlockPeriod), texts["Moderation.BlockPeriodRequired"]);
                return null;
        }
    }
}

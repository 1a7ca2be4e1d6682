using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Region.Queries;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>
/// Reading and changing events with their permissions: pages, the API and the calendar feeds all go through
/// here, so the public never sees a pending event whichever door it knocks on.
/// </summary>
public sealed class EventCatalog(
    SmartRegionDb db, RegionDirectory directory, ParticipationAccess access, IStringLocalizer<SharedTexts> texts, TimeProvider clock)
{
    public const string Kind = "event";

    /// <summary>Whether the person may moderate in some area at all: only they get a review queue.</summary>
    public static bool MayModerateSomewhere(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Editor)
            || user.FindAll(PlatformClaims.ScopedRole).Any(c =>
                c.Value.StartsWith(Roles.Moderator + "@", StringComparison.Ordinal) || c.Value.StartsWith(Roles.Editor + "@", StringComparison.Ordinal));
    }

    private IQueryable<NeighbourhoodEvent> Events => db.Set<NeighbourhoodEvent>();

    /// <summary>The area by slug with the ids of the areas below it, or null when no such area exists.</summary>
    public async Task<AreaScope?> AreaScopeAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        var area = (await directory.ChoicesAsync(cancellationToken)).SingleOrDefault(a => a.Slug == slug);
        return area is null ? null : new AreaScope(area, await directory.AreaAndBelowAsync(area.Id, cancellationToken));
    }

    /// <summary>Approved, visible events that overlap [from, to), earliest first.</summary>
    public Task<List<NeighbourhoodEvent>> PublicAsync(
        IReadOnlyCollection<int>? areaIds, DateTime fromUtc, DateTime toUtc, string? language, int limit, CancellationToken cancellationToken)
    {
        var query = Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Approved && e.HiddenAt == null && e.EndsAt > fromUtc && e.StartsAt < toUtc);
        if (areaIds is not null)
        {
            query = query.Where(e => areaIds.Contains(e.AreaId));
        }

        if (!string.IsNullOrEmpty(language))
        {
            query = query.Where(e => e.Language == language);
        }

        return query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public Task<NeighbourhoodEvent?> FindAsync(int id, CancellationToken cancellationToken) =>
        Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Approved events are public; a pending or rejected one only its submitter and the area's moderators see.</summary>
    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, NeighbourhoodEvent item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status == EventStatus.Approved)
        {
            return true;
        }

        var accountId = ParticipationAccess.AccountId(user);
        return (accountId is not null && accountId == item.SubmittedBy) || await access.IsModeratorAsync(user, item.AreaId, cancellationToken);
    }

    public Task<List<NeighbourhoodEvent>> SubmittedByAsync(Guid accountId, CancellationToken cancellationToken) =>
        Events.AsNoTracking().Where(e => e.SubmittedBy == accountId).OrderByDescending(e => e.StartsAt).ToListAsync(cancellationToken);

    /// <summary>Pending events in the areas the person moderates, earliest start first.</summary>
    public async Task<List<NeighbourhoodEvent>> ReviewQueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var pending = await Events.AsNoTracking().Where(e => e.Status == EventStatus.Pending)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(500).ToListAsync(cancellationToken);
        var moderated = new Dictionary<int, bool>();
        foreach (var areaId in pending.Select(e => e.AreaId).Distinct())
        {
            moderated[areaId] = await access.IsModeratorAsync(user, areaId, cancellationToken);
        }

        return [.. pending.Where(e => moderated[e.AreaId])];
    }

    public async Task<bool> AreaExistsAsync(int? areaId, CancellationToken cancellationToken) =>
        areaId is { } id && (await directory.LookupAsync([id], cancellationToken)).Count == 1;

    /// <summary>Stores a checked submission as pending.</summary>
    public async Task<NeighbourhoodEvent> SubmitAsync(EventInput input, EventSchedule schedule, Guid accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(schedule);
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new NeighbourhoodEvent
        {
            AreaId = input.AreaId!.Value,
            Title = input.Title!.Trim(),
            Description = input.Description!.Trim(),
            Language = input.Language,
            StartsAt = schedule.StartsAt,
            EndsAt = schedule.EndsAt,
            AllDay = schedule.AllDay,
            PlaceName = input.PlaceName!.Trim(),
            Address = Trimmed(input.Address),
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            OrganiserName = Trimmed(input.OrganiserName),
            ContactLink = Trimmed(input.ContactLink),
            SubmittedBy = accountId,
            Status = EventStatus.Pending,
            Uid = Guid.NewGuid(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>
    /// Approves or rejects a pending event. The status changes only if it is still pending, so two moderators
    /// deciding at the same moment cannot both succeed.
    /// </summary>
    public async Task<ReviewOutcome> ReviewAsync(ClaimsPrincipal user, int id, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (!await access.IsModeratorAsync(user, item.AreaId, cancellationToken))
        {
            return ReviewOutcome.Forbidden;
        }

        reason = Trimmed(reason);
        if (!approve && reason is null)
        {
            return ReviewOutcome.ReasonMissing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var moderator = ParticipationAccess.AccountId(user);
        var status = approve ? EventStatus.Approved : EventStatus.Rejected;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await Events.Where(e => e.Id == id && e.Status == EventStatus.Pending).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.Status, status)
            .SetProperty(e => e.RejectionReason, approve ? null : reason)
            .SetProperty(e => e.ReviewedBy, moderator)
            .SetProperty(e => e.ReviewedAt, now)
            .SetProperty(e => e.UpdatedAt, now), cancellationToken);
        if (changed == 0)
        {
            return ReviewOutcome.NotPending;
        }

        db.Add(new ModerationLogEntry
        {
            At = now,
            ModeratorId = moderator,
            Action = approve ? "approve" : "reject",
            ContentKind = Kind,
            ContentId = id,
            AccountId = item.SubmittedBy,
            AreaId = item.AreaId,
            Reason = reason,
        });
        if (item.SubmittedBy is { } submitter)
        {
            db.Add(new Notification
            {
                AccountId = submitter,
                SubjectKind = Kind,
                SubjectId = id,
                TextDe = NotificationText("de", approve, item.Title, reason),
                TextEn = NotificationText("en", approve, item.Title, reason),
                Link = $"/participation/events/{id}",
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    /// <summary>The submitter's notification in one language: it is stored in both, and read in the one they use.</summary>
    private string NotificationText(string culture, bool approved, string title, string? reason)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return approved
                ? texts["Events.Notification.Approved", Shortened(title)]
                : texts["Events.Notification.Rejected", Shortened(title), Shortened(reason ?? "")];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Shortened(string text) => text.Length > 150 ? text[..150] + "…" : text;
}

public sealed record AreaScope(AreaChoice Area, List<int> AreaIds);

public enum ReviewOutcome
{
    Done,
    NotFound,
    Forbidden,
    ReasonMissing,
    NotPending,
}

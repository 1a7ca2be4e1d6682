using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Following.Pages;

/// <summary>The person's own notifications, newest first, and how they want to be mailed about them.</summary>
[Authorize]
[RateLimitedWrites(RateLimitedWrite.ResidentWrite)]
public sealed class InboxModel(SmartRegionDb db, IStringLocalizer<SharedTexts> texts, TimeProvider clock) : PageModel
{
    private const int Shown = 200;

    public List<Notification> Notifications { get; private set; } = [];

    [BindProperty]
    public NotificationMail Mail { get; set; } = NotificationPreference.Default;

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        await LoadAsync(accountId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMarkReadAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Notification>().Where(n => n.AccountId == accountId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return Redirect("/account/inbox?saved=read");
    }

    public async Task<IActionResult> OnPostPreferenceAsync(CancellationToken cancellationToken)
    {
        if (ParticipationAccess.AccountId(User) is not { } accountId)
        {
            return Forbid();
        }

        if (!ModelState.IsValid || !Enum.IsDefined(Mail))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Mail), texts["Following.Validation.Mail"]);
            await LoadAsync(accountId, cancellationToken);
            return Page();
        }

        var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference { AccountId = accountId };
            db.Add(preference);
        }

        preference.Mail = Mail;
        preference.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel save created the row first; the choice of this one is written over it.
            db.ChangeTracker.Clear();
            await db.Set<NotificationPreference>().Where(p => p.AccountId == accountId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Mail, Mail).SetProperty(p => p.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }

        return Redirect("/account/inbox?saved=preference");
    }

    private async Task LoadAsync(Guid accountId, CancellationToken cancellationToken)
    {
        Notifications = await db.Set<Notification>().AsNoTracking().Where(n => n.AccountId == accountId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Shown).ToListAsync(cancellationToken);
        if (HttpMethods.IsGet(Request.Method))
        {
            Mail = await db.Set<NotificationPreference>().Where(p => p.AccountId == accountId).Select(p => (NotificationMail?)p.Mail)
                .SingleOrDefaultAsync(cancellationToken) ?? NotificationPreference.Default;
        }
    }
}

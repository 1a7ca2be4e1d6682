using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Mail;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>Bound from <c>Notifications</c>: when the mails about followed ideas and measures go out.</summary>
public sealed class NotificationMailOptions
{
    public const string Section = "Notifications";

    /// <summary>How often pending notifications are mailed to people who want them at once.</summary>
    [Range(5, 86_400)]
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>The hour of the day (Europe/Berlin) from which the daily digest is sent.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;
}

/// <summary>
/// Mails notifications: every interval to the people who chose "immediately", once a day to those who chose
/// the digest. A notification is mailed once (its MailedAt is set before the mail goes out), and only while
/// it is fresh: a person who switches from "no e-mail" to mails does not receive their whole history.
/// </summary>
public sealed partial class NotificationMailer(
    IServiceScopeFactory scopes, IOptions<NotificationMailOptions> options, TimeProvider clock, ILogger<NotificationMailer> logger) : BackgroundService
{
    private const long AdvisoryLock = 0x5352_4E4F_5449_4659; // "SRNOTIFY"
    private const int MaxPerRun = 5_000;
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Runs of this instance one after the other (the timer's and a direct call); other instances are kept out
    // by the advisory lock on PostgreSQL.
    private readonly SemaphoreSlim oneRunAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DeliverPendingAsync(clock.GetUtcNow(), stoppingToken);
            }
#pragma warning disable CA1031 // A failed delivery is logged and tried again at the next tick; it must not stop the server.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Mailing notifications failed.");
            }
        }
    }

    /// <summary>One run: mails what is due at <paramref name="now"/>. Returns the number of mails sent.</summary>
    public async Task<int> DeliverPendingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await oneRunAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
            var mail = scope.ServiceProvider.GetRequiredService<MailSender>();
            var texts = scope.ServiceProvider.GetRequiredService<BothLanguages>();
            var origin = scope.ServiceProvider.GetRequiredService<IConfiguration>()["Platform:PublicUrl"]?.TrimEnd('/') ?? "";

            // A session lock on a connection kept open: other instances skip this run, and no transaction
            // stays open (and on SQLite, no write lock is held) while the mails go out.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var postgres = db.Database.IsNpgsql();
            if (postgres && !await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({AdvisoryLock}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                return 0;
            }

            try
            {
                var sent = 0;
                foreach (var (account, notifications) in await DueAsync(db, now, cancellationToken))
                {
                    if (await TrySendAsync(db, mail, texts, origin, account, notifications, now, cancellationToken))
                    {
                        sent++;
                    }
                }

                if (sent > 0)
                {
                    LogSent(logger, sent);
                }

                return sent;
            }
            finally
            {
                if (postgres)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryLock})", CancellationToken.None);
                }
            }
        }
        finally
        {
            oneRunAtATime.Release();
        }
    }

    private async Task<bool> TrySendAsync(
        SmartRegionDb db, MailSender mail, BothLanguages texts, string origin, Recipient account, List<Notification> notifications, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = notifications.Select(n => n.Id).ToList();
        await db.Set<Notification>().Where(n => ids.Contains(n.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.MailedAt, now.UtcDateTime), cancellationToken);
        var culture = account.PreferredCulture == "en" ? "en" : "de";
        var subject = texts.In(culture, notifications.Count == 1 ? "Following.Mail.Subject" : "Following.Mail.SubjectMany", () => [notifications.Count]);
        var body = new StringBuilder();
        body.AppendLine(texts.In(culture, "Following.Mail.Greeting", () => [account.DisplayName])).AppendLine();
        foreach (var notification in notifications)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {notification.Text(culture == "en")}");
            body.AppendLine(CultureInfo.InvariantCulture, $"  {origin}{notification.Link}");
        }

        body.AppendLine().AppendLine(texts.In(culture, "Following.Mail.Footer", () => [origin + "/account/inbox"]));
        try
        {
            await mail.SendAsync(account.Email, subject, body.ToString(), cancellationToken);
            return true;
        }
#pragma warning disable CA1031 // One address the mail server refuses must not keep the others from their mails.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "A notification mail could not be sent; it is tried again at the next run.");
            await db.Set<Notification>().Where(n => ids.Contains(n.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.MailedAt, (DateTime?)null), CancellationToken.None);
            return false;
        }
    }

    /// <summary>The notifications to mail now, per account: all fresh ones for "immediately", and for the digest those from before today's digest hour once it has come.</summary>
    private async Task<List<(Recipient Account, List<Notification> Notifications)>> DueAsync(SmartRegionDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldest = (now - MaxAge).UtcDateTime;
        var pending = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.MailedAt == null && n.CreatedAt >= oldest && n.CreatedAt <= now.UtcDateTime)
            .OrderBy(n => n.Id).Take(MaxPerRun).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return [];
        }

        var accountIds = pending.Select(n => n.AccountId).Distinct().ToList();
        var choices = await db.Set<NotificationPreference>().AsNoTracking().Where(p => accountIds.Contains(p.AccountId))
            .ToDictionaryAsync(p => p.AccountId, p => p.Mail, cancellationToken);
        var recipients = await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => new Recipient(u.Id, u.Email!, u.DisplayName, u.PreferredCulture)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var digestCutoff = TodaysDigestMoment(now);

        var due = new List<(Recipient, List<Notification>)>();
        foreach (var group in pending.GroupBy(n => n.AccountId))
        {
            if (!recipients.TryGetValue(group.Key, out var recipient))
            {
                continue;
            }

            var choice = choices.GetValueOrDefault(group.Key, NotificationPreference.Default);
            var notifications = choice switch
            {
                NotificationMail.Immediately => [.. group],
                NotificationMail.DailyDigest when digestCutoff is { } cutoff => group.Where(n => n.CreatedAt < cutoff).ToList(),
                _ => new List<Notification>(),
            };
            if (notifications.Count > 0)
            {
                due.Add((recipient, notifications));
            }
        }

        return due;
    }

    /// <summary>Today's digest hour in Berlin as UTC, or null while it has not come yet today.</summary>
    private DateTime? TodaysDigestMoment(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Berlin);
        var moment = local.Date.AddHours(options.Value.DigestHour);
        if (Berlin.IsInvalidTime(moment))
        {
            // The hour the clocks skip in spring: the digest comes an hour later that day.
            moment = moment.AddHours(1);
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(moment, DateTimeKind.Unspecified), Berlin);
        return now.UtcDateTime >= utc ? utc : null;
    }

    public override void Dispose()
    {
        oneRunAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailed notifications to {Count} people.")]
    private static partial void LogSent(ILogger logger, int count);

    private sealed record Recipient(Guid Id, string Email, string DisplayName, string PreferredCulture);
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Identity.Privacy;

/// <summary>Bound from <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// An account whose e-mail address was never confirmed is deleted after this many days: it could never
    /// sign in, so keeping the address would only keep personal data without purpose.
    /// </summary>
    [Range(1, 365)]
    public int UnconfirmedAccountDays { get; set; } = 14;
}

/// <summary>Deletes accounts left unconfirmed for longer than <see cref="PrivacyOptions.UnconfirmedAccountDays"/>, once an hour.</summary>
public sealed partial class UnconfirmedAccountCleanup(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<UnconfirmedAccountCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A failed clean-up is logged and tried again in an hour; it must not stop the server.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Deleting unconfirmed accounts failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many accounts were deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRegionDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.UnconfirmedAccountDays);
        var stale = await db.Users.Where(u => !u.EmailConfirmed && u.CreatedAt < cutoff).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var person in stale)
        {
            // An admin may have granted a role before confirmation; such an account is kept for the admin to decide.
            if (await db.RoleGrants.AnyAsync(g => g.UserId == person.Id, cancellationToken))
            {
                continue;
            }

            if ((await users.DeleteAsync(person)).Succeeded)
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted, options.Value.UnconfirmedAccountDays);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} accounts left unconfirmed for more than {Days} days.")]
    private static partial void LogDeleted(ILogger logger, int count, int days);
}

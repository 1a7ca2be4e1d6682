using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Platform.Identity.Privacy;

/// <summary>Self-service data download and account deletion (GDPR articles 15, 17 and 20).</summary>
public sealed class PersonalDataService(SmartRegionDb db, UserManager<AppUser> users, IEnumerable<IPersonalData> sources, TimeProvider clock)
{
    public async Task<PersonalDataDocument> ExportAsync(AppUser person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == person.Id)
            .Select(g => new { g.Role, g.AreaId, g.GrantedAt }).ToListAsync(cancellationToken);
        var account = new
        {
            person.Id,
            person.DisplayName,
            person.Email,
            person.EmailConfirmed,
            person.PreferredCulture,
            person.HomeAreaId,
            person.CreatedAt,
            Roles = grants,
        };
        var sections = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            sections[source.Section] = await source.ExportAsync(person.Id, cancellationToken);
        }

        return new PersonalDataDocument(clock.GetUtcNow().UtcDateTime, account, sections);
    }

    /// <summary>
    /// Deletes the account after every module has forgotten it, all in one transaction: either the person is
    /// gone everywhere or nothing changed.
    /// </summary>
    public async Task<IdentityResult> DeleteAsync(AppUser person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var turn = await SqliteWriteGate.EnterAsync(db.Database.GetDbConnection(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var source in sources)
        {
            await source.ForgetAsync(person.Id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = await users.DeleteAsync(person);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}

public sealed record PersonalDataDocument(DateTime ExportedAt, object Account, IReadOnlyDictionary<string, object> Sections);

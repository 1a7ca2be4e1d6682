using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Common.Translations;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Platform.Database;
using SmartRegion.Platform.Identity.Privacy;

namespace SmartRegion.Modules.Participation.Common;

/// <summary>
/// Participation's share of a person's data, with the translations they wrote. On deletion, ideas and comments
/// stay so discussions remain readable, shown as by a deleted account (translations likewise, see
/// <see cref="SubmissionsPersonalData"/>); supports stay counted but are tied to a random id that leads to
/// nobody; follows, notifications and blocks go.
/// </summary>
public sealed class ParticipationPersonalData(SmartRegionDb db) : IPersonalData
{
    public string Section => "participation";

    public async Task<object> ExportAsync(Guid accountId, CancellationToken cancellationToken) => new
    {
        Ideas = await db.Set<Idea>().AsNoTracking().Where(i => i.AuthorId == accountId).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Title, i.Body, i.Language, i.AreaId, i.FieldKey, i.Latitude, i.Longitude, i.CreatedAt, Status = i.Status.ToString(), i.HiddenAt, i.HiddenReason })
            .ToListAsync(cancellationToken),
        Supports = await db.Set<Support>().AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.CreatedAt)
            .Select(s => new { s.IdeaId, s.CreatedAt }).ToListAsync(cancellationToken),
        Comments = await db.Set<Comment>().AsNoTracking().Where(c => c.AuthorId == accountId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.SubjectKind, c.SubjectId, c.ParentId, c.Body, c.Language, c.CreatedAt, c.EditedAt, c.HiddenAt, c.HiddenReason })
            .ToListAsync(cancellationToken),
        Translations = await db.Set<ContentTranslation>().AsNoTracking().Where(t => t.CreatedBy == accountId).OrderBy(t => t.Id)
            .Select(t => new { t.SubjectKind, t.SubjectId, t.Language, t.Title, t.Body, t.CreatedAt }).ToListAsync(cancellationToken),
        Follows = await db.Set<Follow>().AsNoTracking().Where(f => f.AccountId == accountId).OrderBy(f => f.CreatedAt)
            .Select(f => new { f.SubjectKind, f.SubjectId, f.CreatedAt }).ToListAsync(cancellationToken),
        Notifications = await db.Set<Notification>().AsNoTracking().Where(n => n.AccountId == accountId).OrderBy(n => n.Id)
            .Select(n => new { n.SubjectKind, n.SubjectId, n.TextDe, n.TextEn, n.Link, n.CreatedAt, n.ReadAt, n.MailedAt }).ToListAsync(cancellationToken),
        ReportedContent = await db.Set<ContentFlag>().AsNoTracking().Where(f => f.ReporterId == accountId).OrderBy(f => f.Id)
            .Select(f => new { f.ContentKind, f.ContentId, f.Reason, f.CreatedAt, f.ResolvedAt, f.Resolution }).ToListAsync(cancellationToken),
        Blocks = await db.Set<AccountBlock>().AsNoTracking().Where(b => b.AccountId == accountId).OrderBy(b => b.Id)
            .Select(b => new { b.AreaId, b.Until, b.Reason, b.CreatedAt, b.LiftedAt }).ToListAsync(cancellationToken),
    };

    public async Task ForgetAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await db.Set<Idea>().Where(i => i.AuthorId == accountId).ExecuteUpdateAsync(u => u.SetProperty(i => i.AuthorId, (Guid?)null), cancellationToken);
        await db.Set<Idea>().Where(i => i.AnsweredBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(i => i.AnsweredBy, (Guid?)null), cancellationToken);
        await db.Set<Comment>().Where(c => c.AuthorId == accountId).ExecuteUpdateAsync(u => u.SetProperty(c => c.AuthorId, (Guid?)null), cancellationToken);

        // The key of a support includes the account; a fresh random id per support keeps the count honest and
        // the one-support-per-account rule intact without pointing at anyone.
        var supports = await db.Set<Support>().Where(s => s.AccountId == accountId).ToListAsync(cancellationToken);
        db.RemoveRange(supports);
        db.AddRange(supports.Select(s => new Support { IdeaId = s.IdeaId, AccountId = Guid.NewGuid(), CreatedAt = s.CreatedAt }));

        await db.Set<Follow>().Where(f => f.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Notification>().Where(n => n.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<AccountBlock>().Where(b => b.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<AccountBlock>().Where(b => b.BlockedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(b => b.BlockedBy, (Guid?)null), cancellationToken);
        await db.Set<ContentFlag>().Where(f => f.ReporterId == accountId).ExecuteUpdateAsync(u => u.SetProperty(f => f.ReporterId, Guid.Empty), cancellationToken);
        await db.Set<ContentFlag>().Where(f => f.ResolvedBy == accountId).ExecuteUpdateAsync(u => u.SetProperty(f => f.ResolvedBy, (Guid?)null), cancellationToken);
        await db.Set<ModerationLogEntry>().Where(e => e.AccountId == accountId).ExecuteUpdateAsync(u => u.SetProperty(e => e.AccountId, (Guid?)null), cancellationToken);
        await db.Set<ModerationLogEntry>().Where(e => e.ModeratorId == accountId).ExecuteUpdateAsync(u => u.SetProperty(e => e.ModeratorId, (Guid?)null), cancellationToken);
    }
}

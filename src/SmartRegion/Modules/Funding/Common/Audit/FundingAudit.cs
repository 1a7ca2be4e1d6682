using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding.Common.Audit;

/// <summary>Writes the audit trail. Entries are added to the caller's unit of work, so they commit with the change they record.</summary>
public sealed class FundingAudit(SmartRegionDb db, TimeProvider clock)
{
    public const int NoteLength = 2000;

    public void Record(int callId, int? applicationId, string action, string? fromState, string toState, Guid? actorId, string? note) =>
        db.Add(new FundingAuditEntry
        {
            CallId = callId,
            ApplicationId = applicationId,
            Action = action,
            FromState = fromState,
            ToState = toState,
            ActorId = actorId,
            At = clock.GetUtcNow().UtcDateTime,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, NoteLength)],
        });

    public Task<List<FundingAuditEntry>> OfCallAsync(int callId, CancellationToken cancellationToken) =>
        db.Set<FundingAuditEntry>().AsNoTracking().Where(e => e.CallId == callId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<FundingAuditEntry>(entry =>
        {
            entry.ToTable("FundingAuditEntries");
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.FromState).HasMaxLength(32);
            entry.Property(e => e.ToState).HasMaxLength(32);
            entry.Property(e => e.Note).HasMaxLength(NoteLength);
            entry.HasIndex(e => new { e.CallId, e.At });
            entry.HasIndex(e => e.ApplicationId);
        });
    }
}

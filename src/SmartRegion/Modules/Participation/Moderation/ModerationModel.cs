using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Participation.Moderation;

/// <summary>Rules of the moderation tables that the database itself enforces.</summary>
public static class ModerationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // One open report per person and contribution, even when the same report is sent twice at once.
        modelBuilder.Entity<ContentFlag>()
            .HasIndex(f => new { f.ReporterId, f.ContentKind, f.ContentId })
            .IsUnique()
            .HasFilter("\"ResolvedAt\" IS NULL")
            .HasDatabaseName("IX_ModerationFlags_OpenPerReporter");
    }
}

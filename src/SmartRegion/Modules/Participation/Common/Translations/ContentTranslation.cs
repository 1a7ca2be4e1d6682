using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Participation.Common.Translations;

/// <summary>
/// A contribution's title and text in another language than it was written in. One row per subject and
/// language; a new translation into the same language replaces the old one.
/// </summary>
public sealed class ContentTranslation
{
    public long Id { get; set; }

    /// <summary>What is translated: <c>idea</c>, <c>event</c>, <c>process</c>, …</summary>
    public string SubjectKind { get; set; } = "";

    public long SubjectId { get; set; }

    /// <summary>One of <see cref="ContentLanguage.All"/>.</summary>
    public string Language { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ContentTranslation>(translation =>
        {
            translation.ToTable("ContentTranslations");
            translation.Property(t => t.SubjectKind).HasMaxLength(16);
            translation.Property(t => t.Language).HasMaxLength(5);
            translation.Property(t => t.Title).HasMaxLength(200);
            translation.Property(t => t.Body).HasMaxLength(8000);
            translation.HasIndex(t => new { t.SubjectKind, t.SubjectId, t.Language }).IsUnique();
        });
    }
}

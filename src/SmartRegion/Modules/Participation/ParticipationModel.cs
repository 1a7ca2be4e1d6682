using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Comments;
using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;
using SmartRegion.Modules.Participation.Measures;
using SmartRegion.Modules.Participation.Moderation;
using SmartRegion.Modules.Participation.Processes;
using SmartRegion.Modules.Participation.Reports;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Participation;

/// <summary>The participation tables. Each feature folder configures its own entities; this lists them once.</summary>
public sealed class ParticipationModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureProcesses(modelBuilder);
        ConfigureIdeas(modelBuilder);
        ConfigureComments(modelBuilder);
        ConfigureModeration(modelBuilder);
        ModerationModel.Configure(modelBuilder);
        ConfigureFollowing(modelBuilder);
        ConfigureImages(modelBuilder);
        Common.Translations.ContentTranslation.Configure(modelBuilder);
        Events.EventsModel.Configure(modelBuilder);
        MeasuresModel.Configure(modelBuilder);
        ReportsModel.Configure(modelBuilder);
        Surveys.SurveysModel.Configure(modelBuilder);
    }

    private static void ConfigureImages(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<StoredImage>(image =>
        {
            image.ToTable("ParticipationImages");
            image.Property(i => i.OwnerKind).HasMaxLength(16);
            image.Property(i => i.ContentType).HasMaxLength(32);
            image.Property(i => i.AltText).HasMaxLength(300);
            image.HasIndex(i => new { i.OwnerKind, i.OwnerId });
        });

    private static void ConfigureProcesses(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Process>(process =>
        {
            process.ToTable("ParticipationProcesses");
            process.Property(p => p.Slug).HasMaxLength(80);
            process.Property(p => p.FieldKey).HasMaxLength(60);
            process.Property(p => p.TitleDe).HasMaxLength(200);
            process.Property(p => p.TitleEn).HasMaxLength(200);
            process.Property(p => p.SummaryDe).HasMaxLength(600);
            process.Property(p => p.SummaryEn).HasMaxLength(600);
            process.Property(p => p.DescriptionDe).HasMaxLength(8000);
            process.Property(p => p.DescriptionEn).HasMaxLength(8000);
            process.HasIndex(p => p.Slug).IsUnique();
            process.HasIndex(p => p.AreaId);
            process.HasMany(p => p.Phases).WithOne().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Phase>(phase =>
        {
            phase.ToTable("ParticipationPhases");
            phase.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            phase.Property(p => p.TitleDe).HasMaxLength(120);
            phase.Property(p => p.TitleEn).HasMaxLength(120);
            phase.Property(p => p.DescriptionDe).HasMaxLength(2000);
            phase.Property(p => p.DescriptionEn).HasMaxLength(2000);
            phase.HasIndex(p => new { p.ProcessId, p.SortOrder });
        });
    }

    private static void ConfigureIdeas(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Idea>(idea =>
        {
            idea.ToTable("Ideas");
            idea.Property(i => i.FieldKey).HasMaxLength(60);
            idea.Property(i => i.Title).HasMaxLength(150);
            idea.Property(i => i.Body).HasMaxLength(5000);
            idea.Property(i => i.Language).HasMaxLength(5);
            idea.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            idea.Property(i => i.OfficialAnswer).HasMaxLength(4000);
            idea.Property(i => i.HiddenReason).HasMaxLength(500);
            idea.HasOne<Process>().WithMany().HasForeignKey(i => i.ProcessId).OnDelete(DeleteBehavior.Restrict);
            idea.HasIndex(i => new { i.AreaId, i.CreatedAt });
            idea.HasIndex(i => new { i.ProcessId, i.CreatedAt });
            idea.HasIndex(i => i.SupportCount);

            // Counting and sorting a filtered list by field and status walks this index instead of the table.
            idea.HasIndex(i => new { i.FieldKey, i.Status, i.SupportCount });
            idea.HasIndex(i => i.AuthorId);
        });
        modelBuilder.Entity<Support>(support =>
        {
            support.ToTable("IdeaSupports");
            support.HasKey(s => new { s.IdeaId, s.AccountId });
            support.HasIndex(s => s.AccountId);
            support.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureComments(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Comment>(comment =>
        {
            comment.ToTable("Comments");
            comment.Property(c => c.SubjectKind).HasMaxLength(16);
            comment.Property(c => c.Body).HasMaxLength(3000);
            comment.Property(c => c.Language).HasMaxLength(5);
            comment.Property(c => c.HiddenReason).HasMaxLength(500);
            comment.HasIndex(c => new { c.SubjectKind, c.SubjectId, c.Id });
            comment.HasIndex(c => c.AuthorId);
            comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

    private static void ConfigureModeration(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentFlag>(flag =>
        {
            flag.ToTable("ModerationFlags");
            flag.Property(f => f.ContentKind).HasMaxLength(16);
            flag.Property(f => f.Reason).HasMaxLength(1000);
            flag.Property(f => f.Resolution).HasMaxLength(16);
            flag.HasIndex(f => new { f.AreaId, f.ResolvedAt });
            flag.HasIndex(f => new { f.ContentKind, f.ContentId });
        });
        modelBuilder.Entity<ModerationLogEntry>(entry =>
        {
            entry.ToTable("ModerationLog");
            entry.Property(e => e.Action).HasMaxLength(16);
            entry.Property(e => e.ContentKind).HasMaxLength(16);
            entry.Property(e => e.Reason).HasMaxLength(1000);
            entry.HasIndex(e => new { e.AreaId, e.At });
        });
        modelBuilder.Entity<AccountBlock>(block =>
        {
            block.ToTable("AccountBlocks");
            block.Property(b => b.Reason).HasMaxLength(1000);
            block.HasIndex(b => new { b.AccountId, b.Until });
        });
    }

    private static void ConfigureFollowing(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Follow>(follow =>
        {
            follow.ToTable("Follows");
            follow.Property(f => f.SubjectKind).HasMaxLength(16);
            follow.HasKey(f => new { f.AccountId, f.SubjectKind, f.SubjectId });
            follow.HasIndex(f => new { f.SubjectKind, f.SubjectId });
        });
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.Property(n => n.SubjectKind).HasMaxLength(16);
            notification.Property(n => n.TextDe).HasMaxLength(500);
            notification.Property(n => n.TextEn).HasMaxLength(500);
            notification.Property(n => n.Link).HasMaxLength(300);
            notification.HasIndex(n => new { n.AccountId, n.CreatedAt });
            notification.HasIndex(n => n.MailedAt);
        });
    }
}

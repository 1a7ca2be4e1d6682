using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Following;
using SmartRegion.Modules.Participation.Ideas;

namespace SmartRegion.Modules.Participation.Measures;

public static class MeasuresModel
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 8000;
    public const int ResponsibleBodyLength = 200;
    public const int ExplanationLength = 2000;

    /// <summary>The measures' tables, and the notification preferences of following, which came with this feature.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        NotificationPreference.Configure(modelBuilder);
        modelBuilder.Entity<Measure>(measure =>
        {
            measure.ToTable("Measures");
            measure.Property(m => m.FieldKey).HasMaxLength(60);
            measure.Property(m => m.TitleDe).HasMaxLength(TitleLength);
            measure.Property(m => m.TitleEn).HasMaxLength(TitleLength);
            measure.Property(m => m.DescriptionDe).HasMaxLength(DescriptionLength);
            measure.Property(m => m.DescriptionEn).HasMaxLength(DescriptionLength);
            measure.Property(m => m.ResponsibleBody).HasMaxLength(ResponsibleBodyLength);
            measure.Property(m => m.BudgetEuro).HasPrecision(14, 2);
            measure.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            measure.HasIndex(m => new { m.AreaId, m.UpdatedAt });
            measure.HasIndex(m => m.UpdatedAt);
        });
        modelBuilder.Entity<MeasureStatusChange>(change =>
        {
            change.ToTable("MeasureStatusChanges");
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.ExplanationDe).HasMaxLength(ExplanationLength);
            change.Property(c => c.ExplanationEn).HasMaxLength(ExplanationLength);
            change.HasOne<Measure>().WithMany().HasForeignKey(c => c.MeasureId).OnDelete(DeleteBehavior.Cascade);
            change.HasIndex(c => new { c.MeasureId, c.At });
        });
        modelBuilder.Entity<MeasureIdea>(link =>
        {
            link.ToTable("MeasureIdeas");
            link.HasKey(l => new { l.MeasureId, l.IdeaId });
            link.HasOne<Measure>().WithMany().HasForeignKey(l => l.MeasureId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<Idea>().WithMany().HasForeignKey(l => l.IdeaId).OnDelete(DeleteBehavior.Cascade);
            link.HasIndex(l => l.IdeaId);
        });
        modelBuilder.Entity<MeasureSurvey>(link =>
        {
            link.ToTable("MeasureSurveys");
            link.HasKey(l => new { l.MeasureId, l.SurveyId });
            link.HasOne<Measure>().WithMany().HasForeignKey(l => l.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

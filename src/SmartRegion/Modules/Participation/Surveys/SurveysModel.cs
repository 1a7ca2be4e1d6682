using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Participation.Processes;

namespace SmartRegion.Modules.Participation.Surveys;

public static class SurveysModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Survey>(survey =>
        {
            survey.ToTable("Surveys");
            survey.Property(s => s.TitleDe).HasMaxLength(200);
            survey.Property(s => s.TitleEn).HasMaxLength(200);
            survey.Property(s => s.IntroDe).HasMaxLength(4000);
            survey.Property(s => s.IntroEn).HasMaxLength(4000);
            survey.Property(s => s.Access).HasConversion<string>().HasMaxLength(16);
            survey.HasOne<Process>().WithMany().HasForeignKey(s => s.ProcessId).OnDelete(DeleteBehavior.Restrict);
            survey.HasIndex(s => new { s.AreaId, s.ClosesAt });
            survey.HasIndex(s => s.ProcessId);
            survey.Ignore(s => s.Questions);
            survey.HasMany(s => s.Sections).WithOne().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SurveySection>(section =>
        {
            section.ToTable("SurveySections");
            section.Property(s => s.TitleDe).HasMaxLength(200);
            section.Property(s => s.TitleEn).HasMaxLength(200);
            section.Property(s => s.IntroDe).HasMaxLength(2000);
            section.Property(s => s.IntroEn).HasMaxLength(2000);
            section.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SectionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SurveyQuestion>(question =>
        {
            question.ToTable("SurveyQuestions");
            question.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
            question.Property(q => q.TextDe).HasMaxLength(500);
            question.Property(q => q.TextEn).HasMaxLength(500);
            question.Property(q => q.HelpDe).HasMaxLength(1000);
            question.Property(q => q.HelpEn).HasMaxLength(1000);
            question.Ignore(q => q.Choices);
            question.Ignore(q => q.MatrixRows);
            question.HasIndex(q => q.SurveyId);
            question.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SurveyOption>(option =>
        {
            option.ToTable("SurveyOptions");
            option.Property(o => o.TextDe).HasMaxLength(300);
            option.Property(o => o.TextEn).HasMaxLength(300);
        });
        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.ToTable("SurveyResponses");
            response.Property(r => r.GuardHash).HasMaxLength(64);
            response.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);

            // Both indexes make a second response impossible; NULLs never collide, so each guards only its kind.
            response.HasIndex(r => new { r.SurveyId, r.AccountId }).IsUnique();
            response.HasIndex(r => new { r.SurveyId, r.GuardHash }).IsUnique();
            response.HasIndex(r => r.AccountId);
            response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SurveyAnswer>(answer =>
        {
            answer.ToTable("SurveyAnswers");
            answer.Property(a => a.TextValue).HasMaxLength(4000);
            answer.Property(a => a.TextState).HasConversion<string>().HasMaxLength(16);
            answer.HasIndex(a => new { a.QuestionId, a.OptionId });
            answer.HasIndex(a => new { a.SurveyId, a.TextState });
        });
        modelBuilder.Entity<SurveyGuardKey>(key =>
        {
            key.ToTable("SurveyGuardKeys");
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.ProtectedKey).HasMaxLength(1000);
        });
    }
}

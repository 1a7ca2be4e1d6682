using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;

namespace SmartRegion.Modules.Funding.Applications;

public static class ApplicationsModel
{
    public const int TitleLength = 200;
    public const int ApplicantNameLength = 200;
    public const int TextLength = 500;
    public const int LongTextLength = 8000;
    public const int QuestionLength = 2000;
    public const int ReasonLength = 2000;

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<FundingApplication>(application =>
        {
            application.ToTable("FundingApplications");
            application.Property(a => a.Title).HasMaxLength(TitleLength);
            application.Property(a => a.ApplicantName).HasMaxLength(ApplicantNameLength);
            application.Property(a => a.ApplicantType).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.GrantRequested).HasPrecision(14, 2);
            application.Property(a => a.Answers).AsJson();
            application.Property(a => a.State).HasConversion<string>().HasMaxLength(32).IsConcurrencyToken();
            application.Property(a => a.ReferenceNumber).HasMaxLength(32);
            application.Property(a => a.IneligibleReason).HasMaxLength(ReasonLength);
            application.HasOne<FundingCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
            application.HasIndex(a => new { a.CallId, a.ReferenceNumber }).IsUnique();
            application.HasIndex(a => new { a.CallId, a.State });
            application.HasIndex(a => a.ApplicantId);
        });
        modelBuilder.Entity<ApplicationVersion>(version =>
        {
            version.ToTable("FundingApplicationVersions");
            version.HasOne<FundingApplication>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            version.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
        });
        modelBuilder.Entity<ApplicationClarification>(clarification =>
        {
            clarification.ToTable("FundingClarifications");
            clarification.Property(c => c.Question).HasMaxLength(QuestionLength);
            clarification.Property(c => c.Answer).HasMaxLength(QuestionLength);
            clarification.HasOne<FundingApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            clarification.HasIndex(c => c.ApplicationId);
        });
    }
}

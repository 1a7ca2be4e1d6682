using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;

namespace SmartRegion.Modules.Funding.Pilots;

public static class PilotsModel
{
    public const int TitleLength = ApplicationsModel.TitleLength;
    public const int SummaryLength = 4000;
    public const int ReasonLength = 2000;
    public const int NarrativeLength = 8000;
    public const int NoteLength = 500;
    public const int LabelLength = 100;
    public const int ResultLength = 2000;

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<FundingPilot>(pilot =>
        {
            pilot.ToTable("FundingPilots");
            pilot.Property(p => p.Title).HasMaxLength(TitleLength);
            pilot.Property(p => p.Summary).HasMaxLength(SummaryLength);
            pilot.Property(p => p.GrantedAmount).HasPrecision(14, 2);
            pilot.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            pilot.Property(p => p.StopReason).HasMaxLength(ReasonLength);
            pilot.Property(p => p.Milestones).AsJson();
            pilot.Property(p => p.BudgetPlan).AsJson();
            pilot.HasOne<FundingApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            pilot.HasOne<FundingCall>().WithMany().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Restrict);
            pilot.HasMany(p => p.Fields).WithOne().HasForeignKey(f => f.PilotId).OnDelete(DeleteBehavior.Cascade);
            pilot.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PilotId).OnDelete(DeleteBehavior.Cascade);
            pilot.HasMany(p => p.Reports).WithOne().HasForeignKey(r => r.PilotId).OnDelete(DeleteBehavior.Cascade);
            pilot.HasIndex(p => p.ApplicationId).IsUnique();
            pilot.HasIndex(p => p.CallId);
            pilot.HasIndex(p => p.AreaId);
        });
        modelBuilder.Entity<PilotField>(field =>
        {
            field.ToTable("FundingPilotFields");
            field.HasKey(f => new { f.PilotId, f.FieldKey });
            field.Property(f => f.FieldKey).HasMaxLength(JsonColumns.KeyLength);
            field.HasIndex(f => f.FieldKey);
        });
        modelBuilder.Entity<PilotMember>(member =>
        {
            member.ToTable("FundingPilotMembers");
            member.HasKey(m => new { m.PilotId, m.AccountId });
            member.HasIndex(m => m.AccountId);
        });
        modelBuilder.Entity<PilotReport>(report =>
        {
            report.ToTable("FundingPilotReports");
            report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.Narrative).HasMaxLength(NarrativeLength);
            report.Property(r => r.Milestones).AsJson();
            report.Property(r => r.Spending).AsJson();
            report.Ignore(r => r.IsSubmitted);

            // The submission time is the concurrency token: of two parallel submissions only the first is saved.
            report.Property(r => r.SubmittedAt).IsConcurrencyToken();
            report.HasIndex(r => new { r.PilotId, r.Kind, r.DueOn }).IsUnique();
            report.HasIndex(r => new { r.SubmittedAt, r.DueOn });
        });
        modelBuilder.Entity<PilotKpi>(kpi =>
        {
            kpi.ToTable("FundingPilotKpis");
            kpi.Property(k => k.Label).HasMaxLength(LabelLength);
            kpi.HasOne<FundingPilot>().WithMany().HasForeignKey(k => k.PilotId).OnDelete(DeleteBehavior.Cascade);
            kpi.HasIndex(k => new { k.PilotId, k.DatastreamId }).IsUnique();
        });
        modelBuilder.Entity<PilotResult>(result =>
        {
            result.ToTable("FundingPilotResults");
            result.HasKey(r => new { r.PilotId, r.FieldKey });
            result.Property(r => r.FieldKey).HasMaxLength(JsonColumns.KeyLength);
            result.Property(r => r.Text).HasMaxLength(ResultLength);
            result.HasOne<FundingPilot>().WithMany().HasForeignKey(r => r.PilotId).OnDelete(DeleteBehavior.Cascade);
            result.HasIndex(r => r.FieldKey);
        });
    }
}

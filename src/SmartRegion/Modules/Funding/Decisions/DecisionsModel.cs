using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;

namespace SmartRegion.Modules.Funding.Decisions;

public static class DecisionsModel
{
    public const int ReasonLength = 4000;

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<FundingDecision>(decision =>
        {
            decision.ToTable("FundingDecisions");
            decision.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.GrantedAmount).HasPrecision(14, 2);
            decision.Property(d => d.Reason).HasMaxLength(ReasonLength);
            decision.HasOne<FundingApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            decision.HasOne<FundingCall>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);

            // The second decision on one application fails here even when two staff decide at the same moment.
            decision.HasIndex(d => d.ApplicationId).IsUnique();
            decision.HasIndex(d => new { d.CallId, d.NoticeNumber }).IsUnique();
        });
    }
}

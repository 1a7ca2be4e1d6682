using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Common;

namespace SmartRegion.Modules.Funding.Calls;

public static class CallsModel
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 8000;
    public const int PrefixLength = 10;

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<FundingCall>(call =>
        {
            call.ToTable("FundingCalls");
            call.Property(c => c.ReferencePrefix).HasMaxLength(PrefixLength);
            call.Property(c => c.TitleDe).HasMaxLength(TitleLength);
            call.Property(c => c.TitleEn).HasMaxLength(TitleLength);
            call.Property(c => c.DescriptionDe).HasMaxLength(DescriptionLength);
            call.Property(c => c.DescriptionEn).HasMaxLength(DescriptionLength);
            call.Property(c => c.FieldKeys).AsJson();
            call.Property(c => c.ApplicantTypes).AsJson();
            call.Property(c => c.EligibleAreaIds).AsJson();
            call.Property(c => c.Criteria).AsJson();
            call.Property(c => c.FormFields).AsJson();
            call.Property(c => c.TotalBudget).HasPrecision(14, 2);
            call.Property(c => c.MinGrant).HasPrecision(14, 2);
            call.Property(c => c.MaxGrant).HasPrecision(14, 2);
            call.Property(c => c.ApprovedTotal).HasPrecision(14, 2);
            call.Property(c => c.MinOwnContributionPercent).HasPrecision(5, 2);
            call.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            call.HasIndex(c => new { c.Status, c.ClosesAt });
            call.HasIndex(c => c.AreaId);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Funding.Common.Audit;
using SmartRegion.Modules.Funding.Decisions;
using SmartRegion.Modules.Funding.Pilots;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Funding;

/// <summary>The tables of the funding pot. Each feature folder configures its own entities; this lists them once.</summary>
public sealed class FundingModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        CallsModel.Configure(modelBuilder);
        ApplicationsModel.Configure(modelBuilder);
        FundingAudit.Configure(modelBuilder);
        DecisionsModel.Configure(modelBuilder);
        PilotsModel.Configure(modelBuilder);
        modelBuilder.Entity<FundingAttachment>(attachment =>
        {
            attachment.ToTable("FundingAttachments");
            attachment.Property(a => a.FieldKey).HasMaxLength(JsonColumns.KeyLength);
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.HasOne<FundingApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            attachment.HasOne<PilotReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
            attachment.HasIndex(a => a.ApplicationId);
            attachment.HasIndex(a => a.ReportId);
        });
    }
}

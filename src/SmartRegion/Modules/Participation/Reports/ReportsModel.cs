using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Participation.Reports;

/// <summary>The tables of reports: categories, the reports themselves and their status history.</summary>
public static class ReportsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ReportCategory>(category =>
        {
            category.ToTable("ReportCategories");
            category.Property(c => c.ServiceCode).HasMaxLength(60);
            category.Property(c => c.NameDe).HasMaxLength(120);
            category.Property(c => c.NameEn).HasMaxLength(120);
            category.Property(c => c.DescriptionDe).HasMaxLength(1000);
            category.Property(c => c.DescriptionEn).HasMaxLength(1000);
            category.Property(c => c.GroupDe).HasMaxLength(80);
            category.Property(c => c.GroupEn).HasMaxLength(80);
            category.Property(c => c.Keywords).HasMaxLength(300);
            category.Property(c => c.DefaultAgency).HasMaxLength(200);
            category.HasIndex(c => c.ServiceCode).IsUnique();
        });
        modelBuilder.Entity<ServiceRequest>(request =>
        {
            request.ToTable("ServiceRequests");
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.StatusNotes).HasMaxLength(2000);
            request.Property(r => r.Description).HasMaxLength(4000);
            request.Property(r => r.Address).HasMaxLength(300);
            request.Property(r => r.AgencyResponsible).HasMaxLength(200);
            request.Property(r => r.ContactEmail).HasMaxLength(256);
            request.Property(r => r.ContactFirstName).HasMaxLength(100);
            request.Property(r => r.ContactLastName).HasMaxLength(100);
            request.Property(r => r.ContactPhone).HasMaxLength(40);
            request.Property(r => r.ExternalMediaUrl).HasMaxLength(1000);
            request.Property(r => r.HiddenReason).HasMaxLength(500);
            request.HasOne<ReportCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
            request.HasIndex(r => r.RequestedAt);
            request.HasIndex(r => new { r.AreaId, r.RequestedAt });
            request.HasIndex(r => new { r.CategoryId, r.RequestedAt });
            request.HasIndex(r => r.ReporterId);
        });
        modelBuilder.Entity<ReportStatusChange>(change =>
        {
            change.ToTable("ReportStatusChanges");
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Note).HasMaxLength(2000);
            change.Property(c => c.AgencyResponsible).HasMaxLength(200);
            change.HasOne<ServiceRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
            change.HasIndex(c => new { c.RequestId, c.At });
        });
    }
}

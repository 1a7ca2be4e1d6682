using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Region;

public sealed class RegionModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Area>(area =>
        {
            area.ToTable("Areas");
            area.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
            area.Property(a => a.Slug).HasMaxLength(80);
            area.Property(a => a.Name).HasMaxLength(120);
            area.Property(a => a.Path).HasMaxLength(200);
            area.Property(a => a.Ags).HasMaxLength(8);
            area.Property(a => a.Ars).HasMaxLength(12);
            area.Property(a => a.DescriptionDe).HasMaxLength(4000);
            area.Property(a => a.DescriptionEn).HasMaxLength(4000);
            area.HasIndex(a => a.Slug).IsUnique();
            area.HasIndex(a => a.Path);
            area.HasIndex(a => a.Ags);
            area.HasOne<Area>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Field>(field =>
        {
            field.ToTable("Fields");
            field.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
            field.Property(f => f.Key).HasMaxLength(60);
            field.Property(f => f.NameDe).HasMaxLength(120);
            field.Property(f => f.NameEn).HasMaxLength(120);
            field.Property(f => f.DescriptionDe).HasMaxLength(2000);
            field.Property(f => f.DescriptionEn).HasMaxLength(2000);
            field.HasIndex(f => f.Key).IsUnique();
        });
    }
}

using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Projects.Makers;

internal static class MakersModel
{
    public const int SlugLength = 90;
    public const int NameLength = 120;
    public const int DescriptionLength = 2000;
    public const int SkillsLength = 1000;
    public const int FieldKeysLength = 600;
    public const int TitleLength = 150;
    public const int SummaryLength = 3000;
    public const int LinksLength = 2000;
    public const int EmailLength = 254;
    public const int RequestLength = 3000;
    public const int NoteLength = 3000;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MakerProfile>(profile =>
        {
            profile.ToTable("ProjectMakerProfiles");
            profile.Property(p => p.Slug).HasMaxLength(SlugLength);
            profile.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            profile.Property(p => p.DisplayName).HasMaxLength(NameLength);
            profile.Property(p => p.Description).HasMaxLength(DescriptionLength);
            profile.Property(p => p.FieldKeys).HasMaxLength(FieldKeysLength);
            profile.Property(p => p.SkillsSought).HasMaxLength(SkillsLength);
            profile.Property(p => p.SkillsOffered).HasMaxLength(SkillsLength);
            profile.HasIndex(p => p.AccountId).IsUnique();
            profile.HasIndex(p => p.Slug).IsUnique();
            profile.HasIndex(p => p.AreaId);
        });
        modelBuilder.Entity<MakerProject>(project =>
        {
            project.ToTable("ProjectMakerProjects");
            project.Property(p => p.Slug).HasMaxLength(SlugLength);
            project.Property(p => p.Title).HasMaxLength(TitleLength);
            project.Property(p => p.Summary).HasMaxLength(SummaryLength);
            project.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
            project.Property(p => p.FieldKeys).HasMaxLength(FieldKeysLength);
            project.Property(p => p.Links).HasMaxLength(LinksLength);
            project.Property(p => p.Contact).HasConversion<string>().HasMaxLength(16);
            project.Property(p => p.PublicEmail).HasMaxLength(EmailLength);
            project.HasIndex(p => p.Slug).IsUnique();
            project.HasIndex(p => p.AreaId);
            project.HasOne<MakerProfile>().WithMany().HasForeignKey(p => p.ProfileId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SupportRequest>(request =>
        {
            request.ToTable("ProjectSupportRequests");
            request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.Description).HasMaxLength(RequestLength);
            request.Property(r => r.InternalNote).HasMaxLength(NoteLength);
            request.HasIndex(r => new { r.AreaId, r.Status });
            request.HasOne<MakerProfile>().WithMany().HasForeignKey(r => r.ProfileId).OnDelete(DeleteBehavior.Cascade);
            request.HasOne<MakerProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}

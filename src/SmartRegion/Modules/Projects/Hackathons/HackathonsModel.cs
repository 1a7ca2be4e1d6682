using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Projects.Hackathons;

internal static class HackathonsModel
{
    public const int TitleLength = 150;
    public const int DescriptionLength = 4000;
    public const int PlaceLength = 200;
    public const int OrganisationLength = 150;
    public const int TeamNameLength = 80;
    public const int UrlLength = 500;
    public const int StatementLength = 1000;
    public const int MaxTeamSize = 20;
    public const int CriterionNameLength = 120;
    public const int MaxCriterionWeight = 10;
    public const int MaxSubmissionFiles = 5;
    public const long SubmissionFileMaxBytes = 10 * 1024 * 1024;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Hackathon>(hackathon =>
        {
            hackathon.ToTable("Hackathons");
            hackathon.Ignore(h => h.Fields);
            hackathon.Property(h => h.Title).HasMaxLength(TitleLength);
            hackathon.Property(h => h.Description).HasMaxLength(DescriptionLength);
            hackathon.Property(h => h.PlaceName).HasMaxLength(PlaceLength);
            hackathon.Property(h => h.FieldKeys).HasMaxLength(600);
            hackathon.HasIndex(h => h.StartsAt);
            hackathon.HasIndex(h => h.AreaId);
            hackathon.HasMany(h => h.Challenges).WithOne().HasForeignKey(c => c.HackathonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HackathonChallenge>(challenge =>
        {
            challenge.ToTable("HackathonChallenges");
            challenge.Property(c => c.Title).HasMaxLength(TitleLength);
            challenge.Property(c => c.Description).HasMaxLength(DescriptionLength);
            challenge.Property(c => c.OwnerOrganisation).HasMaxLength(OrganisationLength);
            challenge.HasIndex(c => new { c.HackathonId, c.SortOrder });
            challenge.HasIndex(c => c.OwnerContactId);
            challenge.HasMany(c => c.Datastreams).WithOne().HasForeignKey(d => d.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ChallengeDatastream>(link =>
        {
            link.ToTable("HackathonChallengeDatastreams");
            link.HasKey(l => new { l.ChallengeId, l.DatastreamId });
        });
        modelBuilder.Entity<HackathonRegistration>(registration =>
        {
            registration.ToTable("HackathonRegistrations");
            registration.HasKey(r => new { r.HackathonId, r.AccountId });
            registration.HasIndex(r => r.AccountId);
            registration.HasOne<Hackathon>().WithMany().HasForeignKey(r => r.HackathonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HackathonTeam>(team =>
        {
            team.ToTable("HackathonTeams");
            team.Property(t => t.Name).HasMaxLength(TeamNameLength);
            team.HasIndex(t => new { t.HackathonId, t.Name }).IsUnique();
            team.HasOne<Hackathon>().WithMany().HasForeignKey(t => t.HackathonId).OnDelete(DeleteBehavior.Cascade);
            team.HasOne<HackathonChallenge>().WithMany().HasForeignKey(t => t.ChallengeId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<TeamMembership>(membership =>
        {
            membership.ToTable("HackathonTeamMembers");
            membership.HasKey(m => new { m.HackathonId, m.AccountId });
            membership.HasIndex(m => m.TeamId);
            membership.HasIndex(m => m.AccountId);
            membership.HasOne<HackathonTeam>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HackathonSubmission>(submission =>
        {
            submission.ToTable("HackathonSubmissions");
            submission.Property(s => s.Description).HasMaxLength(DescriptionLength);
            submission.Property(s => s.RepositoryUrl).HasMaxLength(UrlLength);
            submission.Property(s => s.DemoUrl).HasMaxLength(UrlLength);
            submission.Property(s => s.JuryStatement).HasMaxLength(StatementLength);
            submission.Property(s => s.Award).HasConversion<string>().HasMaxLength(24);
            submission.HasIndex(s => s.TeamId).IsUnique();
            submission.HasIndex(s => s.HackathonId);
            submission.HasOne<HackathonTeam>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Files.SubmissionFile>(file =>
        {
            file.ToTable("HackathonSubmissionFiles");
            file.Property(f => f.FileName).HasMaxLength(200);
            file.Property(f => f.ContentType).HasMaxLength(120);
            file.HasIndex(f => f.SubmissionId);
            file.HasOne<HackathonSubmission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Jury.JuryCriterion>(criterion =>
        {
            criterion.ToTable("HackathonJuryCriteria");
            criterion.Ignore(c => c.Key);
            criterion.Property(c => c.Name).HasMaxLength(CriterionNameLength);
            criterion.Property(c => c.Description).HasMaxLength(StatementLength);
            criterion.HasIndex(c => new { c.HackathonId, c.SortOrder });
            criterion.HasOne<Hackathon>().WithMany().HasForeignKey(c => c.HackathonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

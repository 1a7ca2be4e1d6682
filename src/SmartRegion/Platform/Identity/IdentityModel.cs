using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Platform.Identity;

internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
        });

        builder.Entity<RoleGrant>(grant =>
        {
            grant.ToTable("RoleGrants");
            grant.Property(g => g.Role).HasMaxLength(32);
            grant.HasIndex(g => new { g.UserId, g.Role, g.AreaId }).IsUnique();
            grant.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MachineToken>(token =>
        {
            token.ToTable("MachineTokens");
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Scopes).HasMaxLength(200);
            token.Property(t => t.SecretHash).HasMaxLength(64);
            token.HasIndex(t => t.SecretHash).IsUnique();
            token.Ignore(t => t.ScopeList);
        });
    }
}

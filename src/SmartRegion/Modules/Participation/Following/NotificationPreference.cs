using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>How a person wants to hear about what they follow beyond the on-site inbox.</summary>
public sealed class NotificationPreference
{
    public Guid AccountId { get; set; }

    public NotificationMail Mail { get; set; } = NotificationMail.DailyDigest;

    public DateTime UpdatedAt { get; set; }

    /// <summary>What holds for a person who never chose: one calm mail a day rather than one per change.</summary>
    public const NotificationMail Default = NotificationMail.DailyDigest;

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<NotificationPreference>(preference =>
        {
            preference.ToTable("NotificationPreferences");
            preference.HasKey(p => p.AccountId);
            preference.Property(p => p.Mail).HasConversion<string>().HasMaxLength(16);
        });
    }
}

public enum NotificationMail
{
    Immediately,
    DailyDigest,
    None,
}

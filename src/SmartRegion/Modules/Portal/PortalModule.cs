using Microsoft.EntityFrameworkCore;
using SmartRegion.Platform.Database;

namespace SmartRegion.Modules.Portal;

/// <summary>Who runs this instance: shown in the imprint, the privacy notice and the accessibility statement.</summary>
public sealed class OperatorOptions
{
    public const string Section = "Operator";

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Representative { get; set; }

    public string? DataProtectionContact { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Address) && !string.IsNullOrWhiteSpace(Email);
}

/// <summary>Feedback sent through the accessibility statement (a duty under BITV 2.0).</summary>
public sealed class AccessibilityFeedback
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? PageUrl { get; set; }

    public string Message { get; set; } = "";

    public string Culture { get; set; } = "de";

    public DateTime ReceivedAt { get; set; }
}

public sealed class PortalModel : IModuleModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AccessibilityFeedback>(feedback =>
        {
            feedback.ToTable("AccessibilityFeedback");
            feedback.Property(f => f.Name).HasMaxLength(100);
            feedback.Property(f => f.Email).HasMaxLength(254);
            feedback.Property(f => f.PageUrl).HasMaxLength(500);
            feedback.Property(f => f.Message).HasMaxLength(5000);
            feedback.Property(f => f.Culture).HasMaxLength(10);
            feedback.HasIndex(f => f.ReceivedAt);
        });
    }
}

/// <summary>The public portal: home, the pillars' pages, and the pages the law asks for.</summary>
public static class PortalModule
{
    public static void AddPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<OperatorOptions>(builder.Configuration.GetSection(OperatorOptions.Section));
    }

    public static void MapPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The portal is Razor Pages only; this stays as the module's mapping hook for its later endpoints.
    }
}

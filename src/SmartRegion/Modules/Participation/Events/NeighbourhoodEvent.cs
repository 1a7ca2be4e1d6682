using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Modules.Participation.Events;

/// <summary>
/// A neighbourhood event residents announce: a street party, a repair café, a meeting. It is shown to the public
/// only once a moderator of its area approved it.
/// </summary>
public sealed class NeighbourhoodEvent
{
    public int Id { get; set; }

    public int AreaId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Language the event is written in (see <c>ContentLanguage</c>).</summary>
    public string Language { get; set; } = "de";

    /// <summary>UTC. For an all-day event: midnight in Berlin of the first day.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC. For an all-day event: midnight in Berlin after the last day (exclusive, as in iCalendar).</summary>
    public DateTime EndsAt { get; set; }

    public bool AllDay { get; set; }

    public string PlaceName { get; set; } = "";

    public string? Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? OrganiserName { get; set; }

    /// <summary>An https link or a mailto address where people reach the organiser.</summary>
    public string? ContactLink { get; set; }

    /// <summary>Null once the submitter deleted their account: the event stays.</summary>
    public Guid? SubmittedBy { get; set; }

    public EventStatus Status { get; set; }

    /// <summary>Why a moderator rejected the event; the submitter reads it on their list.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>The moderator who approved or rejected the event.</summary>
    public Guid? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>Set when a moderator hides an approved event; its page then shows a notice instead of the text.</summary>
    public DateTime? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }

    /// <summary>The iCalendar UID: calendars that subscribed recognise the event by it across changes.</summary>
    public Guid Uid { get; set; }

    /// <summary>The iCalendar SEQUENCE: raised with every change subscribers should take over.</summary>
    public int Sequence { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsPublic => Status == EventStatus.Approved && HiddenAt is null;
}

public enum EventStatus
{
    Pending,
    Approved,
    Rejected,
}

internal static class EventsModel
{
    public const int TitleLength = 150;
    public const int DescriptionLength = 4000;
    public const int PlaceLength = 150;
    public const int AddressLength = 300;
    public const int OrganiserLength = 150;
    public const int ContactLength = 300;
    public const int ReasonLength = 1000;

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<NeighbourhoodEvent>(entity =>
        {
            entity.ToTable("ParticipationEvents");
            entity.Ignore(e => e.IsPublic);
            entity.Property(e => e.Title).HasMaxLength(TitleLength);
            entity.Property(e => e.Description).HasMaxLength(DescriptionLength);
            entity.Property(e => e.Language).HasMaxLength(5);
            entity.Property(e => e.PlaceName).HasMaxLength(PlaceLength);
            entity.Property(e => e.Address).HasMaxLength(AddressLength);
            entity.Property(e => e.OrganiserName).HasMaxLength(OrganiserLength);
            entity.Property(e => e.ContactLink).HasMaxLength(ContactLength);
            entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            entity.Property(e => e.RejectionReason).HasMaxLength(ReasonLength);
            entity.Property(e => e.HiddenReason).HasMaxLength(500);
            entity.HasIndex(e => e.Uid).IsUnique();
            entity.HasIndex(e => new { e.Status, e.StartsAt });
            entity.HasIndex(e => new { e.AreaId, e.StartsAt });
            entity.HasIndex(e => e.SubmittedBy);
        });
}

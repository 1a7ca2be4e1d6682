using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Modules.Sensing;

/// <summary>Bound from <c>Sensing</c>.</summary>
public sealed class SensingOptions
{
    public const string Section = "Sensing";

    /// <summary>Rows per page when a request gives no $top.</summary>
    [Range(1, 1_000_000)]
    public int DefaultTop { get; set; } = 100;

    /// <summary>The largest page; a larger $top is refused with 400.</summary>
    [Range(1, 1_000_000)]
    public int MaxTop { get; set; } = 10_000;

    /// <summary>Reading is open to everyone by default; with true, reading needs a token or a signed-in person.</summary>
    public bool ReadRequiresAuthentication { get; set; }

    /// <summary>Observations older than this many days are deleted every hour; 0 keeps them all.</summary>
    [Range(0, 100_000)]
    public int RetentionDays { get; set; }

    /// <summary>The largest request body accepted by the SensorThings endpoints.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 64L * 1024 * 1024;
}

using System.ComponentModel.DataAnnotations;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>Settings of the funding pot, bound from the <c>Funding</c> section.</summary>
public sealed class FundingOptions
{
    public const string Section = "Funding";

    /// <summary>Largest file an applicant may attach (default 10 MB).</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long AttachmentMaxBytes { get; set; } = 10 * 1024 * 1024;
}

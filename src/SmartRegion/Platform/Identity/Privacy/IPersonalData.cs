namespace SmartRegion.Platform.Identity.Privacy;

/// <summary>
/// A module's share of a person's data under the GDPR (DSGVO): what it hands out when the person downloads
/// their data, and what it does when they delete their account. Each module that stores anything tied to an
/// account registers one; the platform asks them all.
/// </summary>
public interface IPersonalData
{
    /// <summary>Name of the section in the download, e.g. <c>participation</c>.</summary>
    string Section { get; }

    /// <summary>Everything the module keeps about the account, as plain values ready for JSON.</summary>
    Task<object> ExportAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>
    /// Called inside the deletion's transaction, before the account row goes: contributions others answered
    /// stay readable but lose their author ("deleted account"); purely personal rows are deleted.
    /// </summary>
    Task ForgetAsync(Guid accountId, CancellationToken cancellationToken);
}

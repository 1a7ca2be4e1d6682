using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Common.Attachments;
using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Funding.Applications.Pages;

/// <summary>What <c>_ApplicationRecord.cshtml</c> shows of an application: its facts and every answer, with links to its files.</summary>
public sealed record ApplicationRecordView(FundingCall Call, FundingApplication Application, string AreaName, Dictionary<Guid, AttachmentInfo> Files)
{
    public static async Task<ApplicationRecordView> LoadAsync(
        FundingCall call, FundingApplication application, FundingAttachments attachments, RegionDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(directory);
        var areaName = application.AreaId is { } areaId ? (await directory.LookupAsync([areaId], cancellationToken)).GetValueOrDefault(areaId, "") : "";
        return new ApplicationRecordView(call, application, areaName, await attachments.OfApplicationAsync(application.Id, cancellationToken));
    }
}

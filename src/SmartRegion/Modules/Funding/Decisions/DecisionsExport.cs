using System.Globalization;
using SmartRegion.Modules.Funding.Applications;
using SmartRegion.Modules.Funding.Common;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Funding.Decisions;

/// <summary>The call's decisions as CSV for staff of its area, for the minutes of the jury meeting.</summary>
internal static class DecisionsExport
{
    public static void MapDecisionsExport(this WebApplication app) =>
        app.MapStaffCsv("decisions", ["notice", "reference", "applicant", "title", "outcome", "grant_requested", "grant_approved", "reason", "decided_at"], async (call, services, cancellationToken) =>
        {
            var byId = (await services.GetRequiredService<ApplicationDesk>().OfCallAsync(call.Id, cancellationToken)).ToDictionary(a => a.Id);
            var decisions = await services.GetRequiredService<DecisionDesk>().OfCallAsync(call.Id, cancellationToken);
            return decisions.Select(decision => new[]
            {
                decision.NoticeNumber.ToString(CultureInfo.InvariantCulture),
                byId[decision.ApplicationId].ReferenceNumber ?? "",
                byId[decision.ApplicationId].ApplicantName,
                byId[decision.ApplicationId].Title,
                decision.Outcome.ToString(),
                Amount(byId[decision.ApplicationId].GrantRequested),
                Amount(decision.GrantedAmount),
                decision.Reason ?? "",
                BerlinTime.ToLocal(decision.DecidedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            });
        });

    private static string Amount(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}

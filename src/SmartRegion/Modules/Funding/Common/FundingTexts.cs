using Microsoft.Extensions.Localization;
using SmartRegion.Modules.Funding.Calls;
using SmartRegion.Modules.Funding.Pilots;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class FundingTexts
{
    public static string Phase(CallPhase phase) => $"Funding.Phase.{phase}";

    public static string ApplicantType(ApplicantType type) => $"Funding.ApplicantType.{type}";

    public static string FormFieldKind(FormFieldKind kind) => $"Funding.FormFieldKind.{kind}";

    public static string PilotStatus(PilotStatus status) => $"Funding.PilotStatus.{status}";

    public static string ReportKind(ReportKind kind) => $"Funding.ReportKind.{kind}";

    public static string MilestoneStatus(MilestoneStatus status) => $"Funding.MilestoneStatus.{status}";

    /// <summary>The confirmation after a step on a pilot's pages; only known values count.</summary>
    public static string? PilotDone(string? done) =>
        done is "summary" or "team" or "kpis" or "results" or "status" or "report-saved" or "report-submitted" ? $"Funding.PilotDone.{done}" : null;

    /// <summary>The confirmation after a step; <paramref name="done"/> comes from the query string, so only known values count.</summary>
    public static string? Done(string? done) => done is "saved" or "withdrawn" or "answered" or "asked" or "ineligible" or "decided" ? $"Funding.Done.{done}" : null;

    /// <summary>
    /// An action of the audit trail ("submitted") in the reader's language. An action without a text, such as one a
    /// later feature records before its text exists, is shown as it was recorded rather than as a missing key.
    /// </summary>
    public static string TrailAction(IStringLocalizer texts, string action) => TextOrAsRecorded(texts, $"Funding.TrailAction.{action}", action);

    /// <summary>
    /// A state in the audit trail: a review's stage for the review actions, an application's state for its other
    /// entries, the call's status for the call's own.
    /// </summary>
    public static string TrailState(IStringLocalizer texts, string action, string? state, bool ofApplication) =>
        state is null ? ""
        : TextOrAsRecorded(texts, action switch
        {
            "reviewer-assigned" or "conflict-declared" or "review-submitted" or "reviewer-withdrawn" => $"Reviewing.Stage.{state}",
            _ when ofApplication => $"Funding.State.{state}",
            _ => $"Funding.CallStatus.{state}",
        }, state);

    private static string TextOrAsRecorded(IStringLocalizer texts, string key, string recorded)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var text = texts[key];
        return text.ResourceNotFound ? recorded : text.Value;
    }
}

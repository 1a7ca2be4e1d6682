using SmartRegion.Modules.Funding.Calls;

namespace SmartRegion.Modules.Funding.Common;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class FundingTexts
{
    public static string Phase(CallPhase phase) => $"Funding.Phase.{phase}";

    public static string ApplicantType(ApplicantType type) => $"Funding.ApplicantType.{type}";

    public static string FormFieldKind(FormFieldKind kind) => $"Funding.FormFieldKind.{kind}";

    /// <summary>The confirmation after a step; <paramref name="done"/> comes from the query string, so only known values count.</summary>
    public static string? Done(string? done) => done is "saved" or "withdrawn" or "answered" or "asked" or "ineligible" or "decided" ? $"Funding.Done.{done}" : null;
}

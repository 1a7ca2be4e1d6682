namespace SmartRegion.Modules.Participation.Common;

/// <summary>
/// The languages contributions are written in. The interface speaks German and English; content may also be
/// Turkish or Arabic, the languages most spoken in Gaarden besides German.
/// </summary>
public static class ContentLanguage
{
    public const string German = "de";
    public const string English = "en";
    public const string Turkish = "tr";
    public const string Arabic = "ar";

    public static readonly IReadOnlyList<string> All = [German, English, Turkish, Arabic];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>Arabic is written right to left; its text blocks carry <c>dir="rtl"</c>.</summary>
    public static bool IsRightToLeft(string? code) => code == Arabic;

    /// <summary>The value for an element's <c>dir</c> attribute.</summary>
    public static string Direction(string? code) => IsRightToLeft(code) ? "rtl" : "ltr";

    /// <summary>The language's own name, so a reader finds it whatever the interface language is.</summary>
    public static string NativeName(string code) => code switch
    {
        German => "Deutsch",
        English => "English",
        Turkish => "Türkçe",
        Arabic => "العربية",
        _ => code,
    };
}

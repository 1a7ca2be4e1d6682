using SmartRegion.Modules.Participation.Common;
using SmartRegion.Modules.Participation.Ideas;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class MeasureTexts
{
    public static string Status(MeasureStatus status) => $"Measures.Status.{status}";

    public static string IdeaStatus(IdeaStatus status) => $"Measures.IdeaStatus.{status}";

    public static string IdeaRefusal(IdeaLinkRefusal refusal) => $"Measures.Validation.Idea.{refusal}";

    public static string PhotoRefusal(ImageRefusal refusal) => $"Measures.Validation.Photo.{refusal}";

    /// <summary>The confirmation after a save; <paramref name="what"/> comes from the query string, so only known values count.</summary>
    public static string Saved(string? what) => what is "status" or "idea" or "survey" or "photo" ? $"Measures.Saved.{what}" : "Measures.Saved.details";
}

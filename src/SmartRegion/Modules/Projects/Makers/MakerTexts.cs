namespace SmartRegion.Modules.Projects.Makers;

/// <summary>Text keys chosen by a value; each value has its entry in SharedTexts.</summary>
public static class MakerTexts
{
    public static string Stage(ProjectStage stage) => $"Makers.Stage.{stage}";

    public static string Kind(MakerKind kind) => $"Makers.Kind.{kind}";

    public static string SupportKind(SupportKind kind) => $"Makers.SupportKind.{kind}";

    public static string Status(SupportStatus status) => $"Makers.Status.{status}";
}

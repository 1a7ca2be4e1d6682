namespace SmartRegion.Modules.Participation.Surveys.Pages;

/// <summary>One question form of the builder; <see cref="Prefix"/> keeps its field ids apart from the other forms'.</summary>
public sealed record QuestionEditorView(string Prefix, int SectionId, int? QuestionId, QuestionInput Input, List<(int QuestionId, int OptionId, string Label)> ConditionChoices);

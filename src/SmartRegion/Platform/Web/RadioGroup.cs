using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SmartRegion.Platform.Web;

/// <summary>
/// A question answered by one of a few choices, as <c>_RadioGroup.cshtml</c> draws it: a fieldset with legend, hint
/// and error. The first radio carries the field's id, so the error summary's link lands on it.
/// </summary>
public sealed record RadioGroup(string Name, string Legend, string? Hint, IReadOnlyList<(string Value, string Label)> Choices, string? Selected, string? Error, bool Horizontal = false)
{
    public string Id => TagBuilder.CreateSanitizedId(Name, "_");

    public string ChoiceId(int index) => index == 0 ? Id : $"{Id}-{index}";

    /// <summary>The group with the posted or stored choice and the error of <paramref name="name"/> from the page's model state.</summary>
    public static RadioGroup For(ViewDataDictionary viewData, string name, string legend, string? hint, IReadOnlyList<(string Value, string Label)> choices, string? stored, bool horizontal = false)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        var state = viewData.ModelState[name];
        return new RadioGroup(name, legend, hint, choices, state?.AttemptedValue ?? stored, state?.Errors.FirstOrDefault()?.ErrorMessage, horizontal);
    }
}

using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SmartRegion.Platform.Web;

/// <summary>
/// A choice from a list, as <c>_SelectField.cshtml</c> draws it: label, error linked to the field, and a first empty
/// option that asks to choose, so that nothing is chosen by accident.
/// </summary>
public sealed record SelectField(string Name, string Label, string ChooseText, IReadOnlyList<(string Value, string Text)> Options, string? Selected, IReadOnlyList<string> Errors)
{
    /// <summary>The field with its errors from the page's model state.</summary>
    public static SelectField For(ViewDataDictionary viewData, string name, string label, string chooseText, IReadOnlyList<(string Value, string Text)> options, string? selected)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return new SelectField(name, label, chooseText, options, selected, viewData.ModelState[name]?.Errors.Select(e => e.ErrorMessage).ToList() ?? []);
    }
}

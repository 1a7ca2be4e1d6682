using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Platform.Web;

/// <summary>
/// The single-field rules written as attributes on an input class ([Required], [StringLength], [Range] …),
/// checked by hand with the messages a form shows. JSON endpoints need this: they have no model binding that
/// validates, yet must refuse the same input with the same words as the page.
/// </summary>
public static class AttributeRules
{
    /// <summary>The first broken rule of every property, as (property name, message in the interface language).</summary>
    public static List<(string Field, string Message)> Check(object input, IStringLocalizer<SharedTexts> texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<(string, string)>();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var broken = property.GetCustomAttributes<ValidationAttribute>().FirstOrDefault(rule => !rule.IsValid(value));
            if (broken is null)
            {
                continue;
            }

            var label = texts[property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name].Value;
            problems.Add((property.Name, texts[broken.ErrorMessage ?? "Validation.Required", Arguments(broken, label)].Value));
        }

        return problems;
    }

    // The texts use {0} for the field's label, then the rule's limits in the order the attribute names them.
    private static object[] Arguments(ValidationAttribute rule, string label) => rule switch
    {
        StringLengthAttribute length => [label, length.MaximumLength, length.MinimumLength],
        RangeAttribute range => [label, range.Minimum, range.Maximum],
        _ => [label],
    };
}

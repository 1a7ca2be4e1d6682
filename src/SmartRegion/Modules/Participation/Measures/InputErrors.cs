using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>
/// The API's validation of the same input classes the forms use, with the same messages (in the caller's
/// language), keyed by the JSON property names.
/// </summary>
internal static class InputErrors
{
    public static Dictionary<string, string[]> Of(object input, IStringLocalizer<SharedTexts> texts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var name = texts[property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name].Value;
            var messages = property.GetCustomAttributes<ValidationAttribute>()
                .Where(attribute => !attribute.IsValid(value))
                .Select(attribute => texts[attribute.ErrorMessage ?? "Validation.Required", Arguments(attribute, name)].Value)
                .ToArray();
            if (messages.Length > 0)
            {
                errors[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = messages;
            }
        }

        return errors;
    }

    public static void Add(Dictionary<string, string[]> errors, string property, string message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var key = JsonNamingPolicy.CamelCase.ConvertName(property);
        errors[key] = [.. errors.GetValueOrDefault(key, []), message];
    }

    private static object[] Arguments(ValidationAttribute attribute, string name) => attribute switch
    {
        StringLengthAttribute length => [name, length.MaximumLength, length.MinimumLength],
        RangeAttribute range => [name, range.Minimum, range.Maximum],
        _ => [name],
    };
}

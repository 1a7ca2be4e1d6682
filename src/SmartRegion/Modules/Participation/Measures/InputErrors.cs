using System.Text.Json;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;
using SmartRegion.Platform.Web;

namespace SmartRegion.Modules.Participation.Measures;

/// <summary>
/// The API's validation of the same input classes the forms use, with the same messages (in the caller's
/// language), keyed by the JSON property names.
/// </summary>
internal static class InputErrors
{
    public static Dictionary<string, string[]> Of(object input, IStringLocalizer<SharedTexts> texts) =>
        AttributeRules.Check(input, texts).ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Field), p => new[] { p.Message });

    public static void Add(Dictionary<string, string[]> errors, string property, string message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var key = JsonNamingPolicy.CamelCase.ConvertName(property);
        errors[key] = [.. errors.GetValueOrDefault(key, []), message];
    }
}

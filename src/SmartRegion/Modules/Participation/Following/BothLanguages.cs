using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Modules.Participation.Following;

/// <summary>
/// Writes a text in German and English at once, for notifications: each follower reads them later in their own
/// language, whatever language the person who caused them was using.
/// </summary>
public sealed class BothLanguages(IStringLocalizer<SharedTexts> texts)
{
    /// <param name="arguments">Called once per language, with that language's culture in effect, so arguments can be texts too.</param>
    public (string De, string En) Format(string key, Func<object[]> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return (In("de", key, arguments), In("en", key, arguments));
    }

    /// <summary>The text for <paramref name="key"/> in one language.</summary>
    public string In(string culture, string key, Func<object[]> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture == "en" ? "en" : "de");
            return texts[key, arguments()];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

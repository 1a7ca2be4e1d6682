using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SmartRegion.Platform.Localization;

namespace SmartRegion.Platform.Identity;

/// <summary>Identity's error codes in the person's language.</summary>
internal static class IdentityErrorText
{
    public static string For(IdentityError error, IStringLocalizer<SharedTexts> texts)
    {
        var text = texts["Identity." + error.Code];
        return text.ResourceNotFound ? texts["Identity.Other"] : text;
    }
}

namespace SmartRegion.Platform.Localization;

/// <summary>Marker for the shared texts (SharedTexts.resx is German, SharedTexts.en.resx English).</summary>
#pragma warning disable CA1052 // The type only names a resource file for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedTexts;
#pragma warning restore CA1052

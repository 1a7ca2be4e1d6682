using SmartRegion.Modules.Region.Queries;

namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>What <c>_EventFilters.cshtml</c> shows; <see cref="Hidden"/> carries the view's other query values along.</summary>
public sealed record EventFiltersView(
    IReadOnlyList<AreaChoice> Areas, string? Area, string? Language, bool ShowLanguage, IReadOnlyList<(string Name, string Value)> Hidden);

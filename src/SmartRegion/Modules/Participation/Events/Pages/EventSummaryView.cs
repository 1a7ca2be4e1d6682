namespace SmartRegion.Modules.Participation.Events.Pages;

/// <summary>What <c>_EventSummary.cshtml</c> shows; <see cref="Day"/> is set when the event is listed under one of its days.</summary>
public sealed record EventSummaryView(NeighbourhoodEvent Event, string AreaName, string InterfaceLanguage, DateOnly? Day = null, bool ShowStatus = false);
